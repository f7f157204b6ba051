package names

import (
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"golang.org/x/text/unicode/norm"
)

// FuzzFold checks the one-pass ASCII folding against the plain definition:
// lower case, normalization form C, runs of white space as one space,
// trimmed; and that canonically equivalent names fold alike.
func FuzzFold(f *testing.F) {
	for _, s := range []string{"IT  Director", " it director ", "Über\tDirector", "A\u00a0B", "\v\f", "CTO\r\n", "", "Cafe\u0301", "E\u0301COLE", "\u212b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		visible := strings.Map(func(r rune) rune {
			if unicode.In(r, unicode.Cf, unicode.Other_Default_Ignorable_Code_Point, unicode.Variation_Selector) {
				return -1
			}
			return r
		}, s)
		want := strings.Join(strings.Fields(norm.NFC.String(strings.ToLower(norm.NFC.String(visible)))), " ")
		got := Fold(s)
		if got != want {
			t.Errorf("Fold(%q) = %q, want %q", s, got, want)
		}
		for _, f := range []norm.Form{norm.NFC, norm.NFD} {
			if g := Fold(f.String(s)); g != got {
				t.Errorf("Fold(%q) = %q but Fold of its form %v %q = %q", s, got, f, f.String(s), g)
			}
		}
	})
}

// Canonically equivalent names fold alike (issue 14.3): precomposed and
// combining accents, in either case, and the Angstrom sign.
func TestFoldCanonicalEquivalence(t *testing.T) {
	for _, pair := range [][2]string{
		{"é", "e\u0301"},
		{"Café Manager", "CAFE\u0301 manager"},
		{"Ångström", "A\u030angstro\u0308m"},
		{"\u212b", "å"},              // ANGSTROM SIGN is canonically Å
		{"İ", "I\u0307"},             // Go lower-cases only the composed form to i
		{"Ḍ\u0307", "D\u0307\u0323"}, // marks reordered by combining class
		// Invisible characters are dropped: ESCO v1.1.1 begins two labels
		// with U+200B.
		{"\u200bpublic relations consultant", "Public Relations Consultant"},
		{"data\u00adbase administrator", "database administrator"},
		{"CTO\ufeff", "cto"},
	} {
		assert.Equal(t, Fold(pair[0]), Fold(pair[1]), "%q and %q", pair[0], pair[1])
	}
	assert.NotEqual(t, Fold("e"), Fold("é"), "an accent is not dropped")
}
