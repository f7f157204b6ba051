package valid

import (
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
)

func FuzzIsONetSOC(f *testing.F) {
	re := regexp.MustCompile(`^[0-9]{2}-[0-9]{4}\.[0-9]{2}$`)
	for _, s := range []string{"11-3021.00", "11-3021-00", "1-3021.00", "11-3021.0a", "", "11-3021.000", "١١-3021.00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := IsONetSOC(s), re.MatchString(s); got != want {
			t.Errorf("IsONetSOC(%q) = %v, the pattern NN-NNNN.NN says %v", s, got, want)
		}
	})
}

func TestIsHighPoint(t *testing.T) {
	for _, s := range []string{"R", "I", "ICR", "EC", "CSE"} {
		assert.True(t, IsHighPoint(s), s)
	}
	for _, s := range []string{"", "X", "II", "ICI", "RIAS", "icr", "IC ", "I\x00", "É"} {
		assert.False(t, IsHighPoint(s), s)
	}
}
