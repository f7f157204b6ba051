package names

import (
	"strings"
	"testing"
)

// FuzzFold checks the one-pass ASCII folding against the plain definition:
// lower case, runs of white space as one space, trimmed.
func FuzzFold(f *testing.F) {
	for _, s := range []string{"IT  Director", " it director ", "Über\tDirector", "A\u00a0B", "\v\f", "CTO\r\n", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := strings.Join(strings.Fields(strings.ToLower(s)), " ")
		if got := Fold(s); got != want {
			t.Errorf("Fold(%q) = %q, want %q", s, got, want)
		}
	})
}
