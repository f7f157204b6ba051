// Package names folds titles for comparison, the one rule by which a
// catalog and the importers decide that two names are the same.
package names

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Fold returns s in lower case and in Unicode normalization form C, with
// runs of white space as one space and leading and trailing space dropped:
// "IT  Director " and "it director" fold alike, and so do "Café" written
// with U+00E9 and "Cafe\u0301" (e and a combining acute accent), which
// are canonically equivalent (Unicode Standard Annex #15). A name of white
// space only folds to "".
func Fold(s string) string {
	// Imported catalogs fold tens of thousands of names, nearly all ASCII:
	// fold those in one pass.
	// A name fits the buffer on the stack: the string is the one
	// allocation.
	var buf [64]byte
	b := buf[:0]
	if len(s) > len(buf) {
		b = make([]byte, 0, len(s))
	}
	space := false
	for i := range len(s) {
		c := s[i]
		switch {
		case c >= 0x80:
			return foldUnicode(s)
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
			space = true
			continue
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		}
		if space && len(b) > 0 {
			b = append(b, ' ')
		}
		space = false
		b = append(b, c)
	}
	return string(b)
}

// foldUnicode is Fold for text that is not all ASCII. Normalizing first
// makes the result depend only on the canonical form of s (Go lower-cases
// U+0130 İ to i but its decomposed form I+U+0307 to i+U+0307); normalizing
// again after lower-casing composes what lower-casing left decomposed.
//
// Default-ignorable characters (Ignorable) are dropped first: they show as
// nothing, and ESCO's own files begin labels with U+200B ("\u200bpublic
// relations consultant"), which must find "public relations consultant".
func foldUnicode(s string) string {
	if strings.IndexFunc(s, Ignorable) >= 0 {
		s = strings.Map(func(r rune) rune {
			if Ignorable(r) {
				return -1
			}
			return r
		}, s)
	}
	return strings.Join(strings.Fields(norm.NFC.String(strings.ToLower(norm.NFC.String(s)))), " ")
}

// Ignorable reports whether r is a default-ignorable code point, which a
// renderer shows as nothing unless it can interpret it (Unicode's
// Default_Ignorable_Code_Point, UAX #44 and Unicode §5.21, as Go's unicode
// tables give its parts): the format characters (general category Cf:
// U+200B ZERO WIDTH SPACE, U+FEFF, U+180E, soft hyphen, joiners, bidi
// controls, tags), Other_Default_Ignorable_Code_Point (U+115F and the
// other Hangul fillers, U+034F) and the variation selectors.
func Ignorable(r rune) bool {
	if r < 0xad {
		return false
	}
	return unicode.Is(unicode.Cf, r) || unicode.Is(unicode.Other_Default_Ignorable_Code_Point, r) || unicode.Is(unicode.Variation_Selector, r)
}

// Slug makes an ID of a name: its ASCII letters and digits in lower case,
// every run of other characters between them one hyphen. "Programming and
// build (software engineering)" → "programming-and-build-software-engineering".
// A name with no ASCII letter or digit gives "".
func Slug(s string) string {
	b := make([]byte, 0, len(s))
	hyphen := false
	for i := range len(s) {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		default:
			hyphen = true
			continue
		}
		if hyphen && len(b) > 0 {
			b = append(b, '-')
		}
		hyphen = false
		b = append(b, c)
	}
	return string(b)
}
