case $x in a*|b) echo a;; *) : ;& [!x]) ;; esac
