package bls

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestNumbers(t *testing.T) {
	for _, tc := range []struct {
		in     string
		stored bool
		cents  int64
		ok     bool
	}{
		{"171200", false, 17120000, true},
		{"171,200", false, 17120000, true},
		{"1,171,200.5", false, 117120050, true},
		{"23.8", false, 2380, true},
		{"0", false, 0, true},
		{"23.805", false, 0, false},
		{"1,71,200", false, 0, false},
		{",171", false, 0, false},
		{"171,", false, 0, false},
		{"1e5", false, 0, false},
		{"1e5", true, 10000000, true},
		{"4.4000000000000004", true, 440, true},
		{"23.805", true, 0, false},
		{"-5", true, 0, false},
		{"9999999999999999", false, 0, false},
		{"", true, 0, false},
	} {
		c, ok := parseCents(tc.in, tc.stored)
		assert.Equal(t, tc.ok, ok, tc.in)
		assert.Equal(t, tc.cents, c, tc.in)
	}
	n, ok := parseCount("1.5418738E8", true)
	assert.True(t, ok)
	assert.Equal(t, int64(154187380), n)
	_, ok = parseCount("211850.5", true)
	assert.False(t, ok)
	_, ok = parseCount("211850.0", false)
	assert.False(t, ok, "a count has no decimals as printed")
	v, ok := parseFloat("-1,234.5", true, false)
	assert.True(t, ok)
	assert.Equal(t, -1234.5, v)
	_, ok = parseFloat("-1", false, true)
	assert.False(t, ok)
	v, ok = parseFloat("8.1999999999999993", false, true)
	assert.True(t, ok)
	assert.Equal(t, 8.2, v)
	_, ok = parseFloat("1e999", false, true)
	assert.False(t, ok)
}
