if true; then echo a; elif false; then :; else echo b; fi
