while read -r l; do echo "$l"; done < /dev/null | tr a b >| /dev/null 2>&1 <> /dev/null
