echo $((1/0)) ${x
