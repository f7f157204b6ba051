package role_test

import (
	"testing"

	"github.com/rolemodel/rolemodel/internal/fuzzcheck"

	"github.com/rolemodel/rolemodel/role"
)

// FuzzUnmarshalText reads arbitrary text into each of the package's value
// types. Whatever the text, UnmarshalText returns an error or a value whose
// MarshalText form reads back into the same value; it never panics.
func FuzzUnmarshalText(f *testing.F) {
	for _, s := range []string{"", "10-15+", "5+", "3", "0-2", "executive", "lead", "management", "individual-contributor", "bachelor", "high-school", "primary", "secondary", "15-10", "99999999999999999999+", " 5 ", "Lead"} {
		for which := range uint8(16) {
			f.Add(which, s)
		}
	}
	f.Fuzz(func(t *testing.T, which uint8, text string) {
		kinds := []func() fuzzcheck.TextValue{func() fuzzcheck.TextValue { return new(role.Years) }, func() fuzzcheck.TextValue { return new(role.Level) }, func() fuzzcheck.TextValue { return new(role.Track) }, func() fuzzcheck.TextValue { return new(role.Degree) }, func() fuzzcheck.TextValue { return new(role.Priority) }}
		fuzzcheck.TextRoundTrip(t, kinds[int(which)%len(kinds)](), text)
	})
}
