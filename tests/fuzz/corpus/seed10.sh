( { ! a && b || c & } ); x=$(echo $(echo "$(echo a)")) ; y=`echo \`echo b\``
