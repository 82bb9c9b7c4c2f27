alias ll='ls -l'; ll; unalias ll; echo ${x?msg}
