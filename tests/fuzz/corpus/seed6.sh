f() { local v=1; echo "$@" "$*" "${@:-d}"; }; f a b
