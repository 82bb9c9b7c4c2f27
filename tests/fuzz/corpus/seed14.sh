for do done esac )(
