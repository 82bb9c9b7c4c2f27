/* tsort - topological sort
 *
 * APPLET(tsort, USR_BIN)
 * usage: tsort [FILE]
 *
 * Read pairs of items (words separated by blanks or newlines) from FILE or
 * standard input; the pair "a b" means a comes before b, "a a" just names a. Print
 * the items in an order that keeps every pair, one a line.
 *
 * A loop is reported on standard error, its items one a line; tsort breaks it and
 * goes on, and exits with status 1. An odd number of items is an error.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "ring3.h"

struct node {
	char *name;
	size_t count;		/* predecessors not yet printed */
	size_t first;		/* successor edges, the newest first (SIZE_MAX: none) */
	int done;		/* printed */
	int color;		/* loop search: 0 white, 1 on the path, 2 no loop through it */
};
struct edge {
	size_t to, next;
	int cut;		/* removed to break a loop */
};

static struct node *nodes;
static size_t nnodes, capnodes;
static struct edge *edges;
static size_t nedges, capedges;
static size_t *hash, hashcap;	/* node index + 1; 0 is empty */

static size_t hash_str(const char *s)
{
	size_t h = 14695981039346656037ULL;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ULL;
	return h;
}

static void rehash(void)
{
	free(hash);
	hashcap = hashcap ? hashcap * 2 : 1024;
	hash = xzalloc(hashcap * sizeof *hash);
	for (size_t i = 0; i < nnodes; i++) {
		size_t h = hash_str(nodes[i].name) & (hashcap - 1);
		while (hash[h])
			h = (h + 1) & (hashcap - 1);
		hash[h] = i + 1;
	}
}

static size_t intern(const char *s, size_t len)
{
	if (2 * (nnodes + 1) > hashcap)
		rehash();
	char *name = xmalloc(len + 1);
	memcpy(name, s, len);
	name[len] = 0;
	size_t h = hash_str(name) & (hashcap - 1);
	for (; hash[h]; h = (h + 1) & (hashcap - 1))
		if (!strcmp(nodes[hash[h] - 1].name, name)) {
			free(name);
			return hash[h] - 1;
		}
	if (nnodes == capnodes)
		nodes = xrealloc(nodes, (capnodes = capnodes ? capnodes * 2 : 256) * sizeof *nodes);
	nodes[nnodes] = (struct node){ name, 0, SIZE_MAX, 0, 0 };
	hash[h] = nnodes + 1;
	return nnodes++;
}

static void add_edge(size_t from, size_t to)
{
	if (from == to)
		return;
	if (nedges == capedges)
		edges = xrealloc(edges, (capedges = capedges ? capedges * 2 : 256) * sizeof *edges);
	edges[nedges] = (struct edge){ to, nodes[from].first, 0 };
	nodes[from].first = nedges++;
	nodes[to].count++;
}

static int by_name(const void *a, const void *b)
{
	return strcmp(nodes[*(const size_t *)a].name, nodes[*(const size_t *)b].name);
}

static size_t *queue, qhead, qtail;

/* Print what the queue leads to, freeing successors as their last predecessor goes. */
static void drain(void)
{
	while (qhead < qtail) {
		size_t n = queue[qhead++];
		puts(nodes[n].name);
		nodes[n].done = 1;
		for (size_t e = nodes[n].first; e != SIZE_MAX; e = edges[e].next)
			if (!edges[e].cut && !--nodes[edges[e].to].count)
				queue[qtail++] = edges[e].to;
	}
}

/* Find a loop through the unprinted nodes reachable from start (a depth-first
 * search), report it and cut its closing edge. Returns 0 if there is none. */
static int break_loop(size_t start, const char *file)
{
	size_t *path = xmalloc(nnodes * sizeof *path), *iter = xmalloc(nnodes * sizeof *iter);
	size_t depth = 0;
	int found = 0;
	path[0] = start;
	iter[0] = nodes[start].first;
	nodes[start].color = 1;
	depth = 1;
	while (depth && !found) {
		size_t n = path[depth - 1], e = iter[depth - 1];
		for (; e != SIZE_MAX; e = edges[e].next)
			if (!edges[e].cut && !nodes[edges[e].to].done && nodes[edges[e].to].color != 2)
				break;
		if (e == SIZE_MAX) {
			nodes[n].color = 2;	/* no loop goes through n */
			depth--;
			continue;
		}
		iter[depth - 1] = edges[e].next;
		size_t to = edges[e].to;
		if (nodes[to].color == 1) {
			size_t i = 0;
			while (path[i] != to)
				i++;
			warn_msg("%s: input contains a loop:", file);
			for (; i < depth; i++)
				warn_msg("%s", nodes[path[i]].name);
			edges[e].cut = 1;
			if (!--nodes[to].count)
				queue[qtail++] = to;
			found = 1;
			break;
		}
		nodes[to].color = 1;
		path[depth] = to;
		iter[depth] = nodes[to].first;
		depth++;
	}
	/* nodes left on the path may lie on another loop: search them again later */
	for (size_t i = 0; i < depth; i++)
		if (nodes[path[i]].color == 1)
			nodes[path[i]].color = 0;
	free(path);
	free(iter);
	return found;
}

int tsort_main(int argc, char **argv)
{
	struct opt o = OPT_INIT(argc, argv, "");
	int c;
	while ((c = opt_next(&o)) != -1)
		return usage();
	argc -= o.ind;
	argv += o.ind;
	if (argc > 1) {
		warn_msg("extra operand '%s'", argv[1]);
		return usage();
	}
	const char *file = argc ? argv[0] : "-";
	int fd = open_input(file);
	if (fd < 0)
		return 1;

	/* read the whole input, then cut it into words */
	size_t len = 0, cap = 65536;
	char *buf = xmalloc(cap);
	for (;;) {
		if (len == cap)
			buf = xrealloc(buf, cap *= 2);
		ssize_t n = safe_read(fd, buf + len, cap - len);
		if (n < 0) {
			warn_errno("%s", file);
			return 1;
		}
		if (!n)
			break;
		len += n;
	}
	size_t prev = SIZE_MAX, words = 0;
	for (size_t i = 0; i < len;) {
		while (i < len && (buf[i] == ' ' || buf[i] == '\t' || buf[i] == '\n'))
			i++;
		if (i == len)
			break;
		size_t s = i;
		while (i < len && buf[i] != ' ' && buf[i] != '\t' && buf[i] != '\n')
			i++;
		size_t n = intern(buf + s, i - s);
		if (words++ & 1)
			add_edge(prev, n);
		else
			prev = n;
	}
	free(buf);
	if (words & 1) {
		warn_msg("%s: input contains an odd number of tokens", file);
		return 1;
	}

	size_t *order = xmalloc((nnodes ? nnodes : 1) * sizeof *order);
	for (size_t i = 0; i < nnodes; i++)
		order[i] = i;
	qsort(order, nnodes, sizeof *order, by_name);
	queue = xmalloc((nnodes ? nnodes : 1) * sizeof *queue);
	for (size_t i = 0; i < nnodes; i++)
		if (!nodes[order[i]].count)
			queue[qtail++] = order[i];
	drain();
	int status = 0;
	for (size_t i = 0; i < nnodes; i++) {
		size_t n = order[i];
		while (!nodes[n].done && break_loop(n, file)) {
			status = 1;
			drain();
		}
	}
	free(order);
	free(queue);
	return status;
}
