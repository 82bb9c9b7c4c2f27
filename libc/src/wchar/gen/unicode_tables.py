#!/usr/bin/env python3
"""Writes libc/src/wchar/unicode_tables.h: the C.UTF-8 locale's character classes,
column widths and simple case mappings, from python3's unicodedata (its Unicode
version goes into the header); read by libc/src/wchar/unicode_props.c. Three
derived properties unicodedata lacks (DerivedCoreProperties.txt's Alphabetic,
Uppercase, Lowercase) come from perl's own Unicode tables, which must be of the same
Unicode version. Run: python3 libc/src/wchar/gen/unicode_tables.py >
libc/src/wchar/unicode_tables.h

The rules are glibc's (localedata/unicode-gen), so that wcwidth and isw* agree with
glibc's C.UTF-8 built from the same Unicode version."""
import subprocess
import sys
import unicodedata as ud

MAX = 0x110000
ALPHA, UPPER, LOWER, SPACE, BLANK, CNTRL, PRINT = (1 << i for i in range(7))
WIDTH_SHIFT = 7     # width + 1 in two bits: -1, 0, 1, 2


def simple_upper(c):
    # str.upper is the full mapping; where it is several characters the simple one is
    # the full titlecase when that is one character (U+1F80 -> U+1F88), else none.
    for m in (chr(c).upper(), chr(c).title()):
        if len(m) == 1:
            return ord(m)
    return c


def simple_lower(c):
    # Only U+0130 lowercases to two characters; its simple mapping is the first, 'i'.
    return ord(chr(c).lower()[0])


def assigned(cat):
    return cat not in ('Cn', 'Cs')


def nobreak_space(c):
    return ud.decomposition(chr(c)).startswith('<noBreak>')


def perl_property(prop):
    """The code points with a Unicode property, as perl's regular expressions know it."""
    prog = ('for my $c (0 .. 0x10ffff) { next if $c >= 0xd800 && $c < 0xe000; '
            'print "$c\\n" if chr($c) =~ /\\p{%s}/ }' % prop)
    out = subprocess.run(['perl', '-e', prog], check=True, capture_output=True, text=True)
    return set(int(x) for x in out.stdout.split())


def perl_unicode_version():
    out = subprocess.run(['perl', '-MUnicode::UCD', '-e', 'print Unicode::UCD::UnicodeVersion()'],
                         check=True, capture_output=True, text=True)
    return out.stdout.strip()


DERIVED = {}


def classes(c):
    ch = chr(c)
    cat = ud.category(ch)
    if not assigned(cat):
        return 0
    f = 0
    if cat in ('Zl', 'Zp') or (cat == 'Zs' and not nobreak_space(c)) or \
            c in (0x20, 0x0c, 0x0a, 0x0d, 0x09, 0x0b):
        f |= SPACE
    if c == 9 or (cat == 'Zs' and not nobreak_space(c)):
        f |= BLANK
    if cat == 'Cc' or cat in ('Zl', 'Zp'):
        f |= CNTRL
    else:
        f |= PRINT
    # glibc: non-ASCII decimal digits are alpha, so that iswalnum holds for them
    if c in DERIVED['Alphabetic'] or (cat == 'Nd' and not 0x30 <= c <= 0x39):
        f |= ALPHA
    if simple_lower(c) != c or c in DERIVED['Uppercase']:
        f |= UPPER
    if simple_upper(c) != c or c in DERIVED['Lowercase']:
        f |= LOWER
    return f


# Two facts unicodedata does not carry, as of Unicode 14.0 (checked in main()):
# PropList.txt's Prepended_Concatenation_Mark characters, format characters that are
# visible and so take a column in glibc; and the two blocks glibc's C.UTF-8 counts as
# wide though EastAsianWidth.txt says A and N (circled numbers on black squares,
# Yijing hexagrams).
PREPENDED = [*range(0x600, 0x606), 0x6dd, 0x70f, 0x890, 0x891, 0x8e2, 0x110bd, 0x110cd]
GLIBC_WIDE = [range(0x3248, 0x3250), range(0x4dc0, 0x4e00)]


def width(c):
    ch = chr(c)
    cat = ud.category(ch)
    if c == 0:
        return 0
    if not assigned(cat) or cat in ('Cc', 'Zl', 'Zp'):
        return -1
    # glibc: combining marks, format characters but the soft hyphen, and the Hangul
    # medial vowels and final consonants (U+1160-U+11FF, U+D7B0-U+D7FF) take no column.
    if c in PREPENDED:
        return 1
    if cat in ('Mn', 'Me') or (cat == 'Cf' and c != 0xad) or 0x1160 <= c <= 0x11ff or \
            0xd7b0 <= c <= 0xd7ff or c == 0x200b:
        return 0
    if ud.east_asian_width(ch) in ('W', 'F') or any(c in r for r in GLIBC_WIDE):
        return 2
    return 1


def runs(values):
    out = []
    for c, v in enumerate(values):
        if not out or out[-1][1] != v:
            out.append((c, v))
    return out


def case_runs(mapping):
    # (start, length, stride, delta): characters start, start+stride, ... map to c+delta.
    out = []
    for c in range(MAX):
        d = mapping(c) - c
        if not d:
            continue
        if out:
            s, n, st, dd = out[-1]
            last = s + (n - 1) * st
            if dd == d and ((n == 1 and c - last in (1, 2)) or c - last == st) and n < 255:
                out[-1] = (s, n + 1, c - last, d)
                continue
        out.append((c, 1, 1, d))
    return out


def main():
    if ud.unidata_version != '14.0.0':
        sys.exit('unicodedata is Unicode %s: check PREPENDED and GLIBC_WIDE for it, '
                 'then change this line' % ud.unidata_version)
    if perl_unicode_version() != ud.unidata_version:
        sys.exit("perl's Unicode is %s, unicodedata's %s" % (perl_unicode_version(), ud.unidata_version))
    for prop in ('Alphabetic', 'Uppercase', 'Lowercase'):
        DERIVED[prop] = perl_property(prop)
    props = runs([classes(c) | (width(c) + 1) << WIDTH_SHIFT for c in range(MAX)])
    w = sys.stdout.write
    w('/* Generated by libc/src/wchar/gen/unicode_tables.py from python3 unicodedata,\n'
      ' * Unicode %s. Do not edit. */\n\n' % ud.unidata_version)
    # the bits are named in libc/src/internal/unicode.h
    w('_Static_assert(U_ALPHA == %d && U_UPPER == %d && U_LOWER == %d && U_SPACE == %d &&\n'
      '\tU_BLANK == %d && U_CNTRL == %d && U_PRINT == %d && U_WIDTH_SHIFT == %d,\n'
      '\t"unicode.h and gen/unicode_tables.py disagree");\n\n'
      % (ALPHA, UPPER, LOWER, SPACE, BLANK, CNTRL, PRINT, WIDTH_SHIFT))
    w('/* Runs of code points with the same classes and width: the first code point in\n'
      ' * the top 21 bits, the properties in the low 11; a run ends where the next begins. */\n')
    w('static const uint32_t unicode_props[%d] = {\n' % len(props))
    for i in range(0, len(props), 6):
        w('\t' + ' '.join('0x%08x,' % (c << 11 | v) for c, v in props[i:i + 6]) + '\n')
    w('};\n\n')
    for name, f in (('upper', simple_upper), ('lower', simple_lower)):
        r = case_runs(f)
        w('/* to%s: len characters from start, stride apart, map to c + delta. */\n' % name)
        w('static const struct case_run to%s_runs[%d] = {\n' % (name, len(r)))
        for s, n, st, d in r:
            w('\t{ 0x%05x, %d, %d, %d },\n' % (s, n, st, d))
        w('};\n\n')


main()
