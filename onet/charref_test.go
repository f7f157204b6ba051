package onet_test

import (
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel/onet"
)

// O*NET 29.3's Technology Skills writes one product of 47-2022.00
// Stonemasons with an HTML character reference, "Tradesman&apos;s Software
// Master Estimator", and the same product of three other occupations with
// the apostrophe itself. testdata/charref holds those rows, and two with an
// ampersand that is not a reference ("Schlumberger Petrel E&P",
// "Advanced Dimensional Management 3D-GD&T"), cut from the release.
func TestCharacterReferences(t *testing.T) {
	c, err := onet.Load(os.DirFS("testdata/charref"))
	require.NoError(t, err)
	var using []string
	for r := range c.RolesUsing("Tradesman's Software Master Estimator") {
		using = append(using, r.Codes.ONetSOC)
	}
	assert.Equal(t, []string{"47-2021.00", "47-2022.00", "47-2051.00", "47-3011.00"}, using)
	stone, ok := c.Role(onet.RoleID("47-2022.00"))
	require.True(t, ok)
	require.Len(t, stone.Technologies, 1)
	assert.Equal(t, "Tradesman's Software Master Estimator", stone.Technologies[0].Name)
	for code, want := range map[string]string{
		"17-2171.00": "Schlumberger Petrel E&P",
		"17-3026.00": "Advanced Dimensional Management 3D-GD&T",
	} {
		r, ok := c.Role(onet.RoleID(code))
		require.True(t, ok, code)
		require.NotEmpty(t, r.Technologies, code)
		assert.Equal(t, want, r.Technologies[0].Name, "an ampersand that begins no reference stays")
	}
	for r := range c.RolesUsing("&apos;") {
		assert.Failf(t, "a reference is left", "%s", r.Title)
	}
}
