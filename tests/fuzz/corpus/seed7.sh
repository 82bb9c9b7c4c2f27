cat <<EOF
a $x ${y:+z} `echo b`
EOF
cat <<-"E2"
	q $x
	E2
