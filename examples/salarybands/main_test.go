package main

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/internal/golden"
)

func TestOutput(t *testing.T) {
	for name, args := range map[string][2]string{
		"default.txt": {"$160,000", ""},
		"hourly.txt":  {"$95/hour", ""},
		"monthly.txt": {"USD 12,500", "monthly"},
	} {
		t.Run(name, func(t *testing.T) {
			var b bytes.Buffer
			require.NoError(t, run(&b, rolemodel.Default(), "Technology Director", args[0], args[1]))
			golden.Check(t, name, b.Bytes())
		})
	}
}

func TestGradeBands(t *testing.T) {
	c, err := rolemodel.LoadFile("../../testdata/ladder.yaml")
	require.NoError(t, err)
	var b bytes.Buffer
	require.NoError(t, run(&b, c, "Software Engineer II", "£60,000", ""))
	golden.Check(t, "ladder.txt", b.Bytes())
}

func TestErrors(t *testing.T) {
	c := rolemodel.Default()
	for _, tc := range []struct{ title, pay, period, want string }{
		{"Technology Director", "EUR 70,000", "", "no exchange rates"},
		{"Technology Director", "€5.000", "", "-pay"},
		{"Technology Director", "$150,000 - $200,000", "", "one figure"},
		{"Technology Director", "$95/hour", "monthly", "says hourly"},
		{"Technology Director", "$1,000", "fortnightly", "-period"},
		{"CTO", "$1", "", "no salary and no pay grade for Chief Technology Officer; roles one move away that have pay figures: Technology Director"},
		{"Wizard", "$1", "", "no role is called"},
	} {
		err := run(&bytes.Buffer{}, c, tc.title, tc.pay, tc.period)
		assert.ErrorContains(t, err, tc.want, "%+v", tc)
	}
}
