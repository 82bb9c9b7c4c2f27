IFS=:; v="a::b:"; set -- $v; echo $#
