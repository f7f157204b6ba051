package skill_test

import (
	"testing"

	"github.com/rolemodel/rolemodel/internal/fuzzcheck"

	"github.com/rolemodel/rolemodel/skill"
)

// FuzzUnmarshalText reads arbitrary text into each of the package's value
// types. Whatever the text, UnmarshalText returns an error or a value whose
// MarshalText form reads back into the same value; it never panics.
func FuzzUnmarshalText(f *testing.F) {
	for _, s := range []string{"", "awareness", "working", "practitioner", "advanced", "expert", "3", "0", "6", "hard", "soft", "certification", "programme", "Expert", " expert"} {
		for which := range uint8(16) {
			f.Add(which, s)
		}
	}
	f.Fuzz(func(t *testing.T, which uint8, text string) {
		kinds := []func() fuzzcheck.TextValue{func() fuzzcheck.TextValue { return new(skill.Level) }, func() fuzzcheck.TextValue { return new(skill.Kind) }, func() fuzzcheck.TextValue { return new(skill.CredentialKind) }}
		fuzzcheck.TextRoundTrip(t, kinds[int(which)%len(kinds)](), text)
	})
}
