x=1; y=${x:-d}${u-e}${#x}; echo "$y" ${x#a} ${x%%c*}
