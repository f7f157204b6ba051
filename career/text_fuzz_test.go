package career

import (
	"testing"

	"github.com/rolemodel/rolemodel/internal/fuzzcheck"
)

// FuzzUnmarshalText reads arbitrary text into each of the package's value
// types. Whatever the text, UnmarshalText returns an error or a value whose
// MarshalText form reads back into the same value; it never panics.
func FuzzUnmarshalText(f *testing.F) {
	for _, s := range []string{"", "entry", "advancement", "lateral", "Entry", "sideways", "lateral "} {
		for which := range uint8(16) {
			f.Add(which, s)
		}
	}
	f.Fuzz(func(t *testing.T, which uint8, text string) {
		kinds := []func() fuzzcheck.TextValue{func() fuzzcheck.TextValue { return new(Kind) }}
		fuzzcheck.TextRoundTrip(t, kinds[int(which)%len(kinds)](), text)
	})
}
