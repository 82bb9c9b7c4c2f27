#ifndef _NL_TYPES_H
#define _NL_TYPES_H
typedef int nl_item;
typedef void *nl_catd;
#define NL_SETD 1
#define NL_CAT_LOCALE 1
#endif
