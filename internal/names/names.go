// Package names folds titles for comparison, the one rule by which a
// catalog and the importers decide that two names are the same.
package names

import "strings"

// Fold returns s in lower case, with runs of white space as one space and
// leading and trailing space dropped: "IT  Director " and "it director"
// fold alike.
func Fold(s string) string {
	// Imported catalogs fold tens of thousands of names, nearly all ASCII:
	// fold those in one pass.
	b := make([]byte, 0, len(s))
	space := false
	for i := range len(s) {
		c := s[i]
		switch {
		case c >= 0x80:
			return strings.Join(strings.Fields(strings.ToLower(s)), " ")
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
