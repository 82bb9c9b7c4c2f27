#ifndef STRERROR_IMPL_H
#define STRERROR_IMPL_H

/* The fixed text for errno value e, or null when there is none ("Unknown error N"). */
__attribute__((__visibility__("hidden"))) const char *__strerror_text(int e);

#endif
