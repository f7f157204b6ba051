package bls_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/bls"
)

func TestAttachReportUnmatched(t *testing.T) {
	w, p := fixtures(t)
	var un []bls.Unmatched
	a, err := bls.Attach(company(t), w, p, bls.ReportUnmatched(&un))
	require.NoError(t, err)
	assert.Equal(t, []bls.Unmatched{
		{Role: "security-officer", Code: "55-3016.00", Wages: bls.NoRow, Projections: bls.NoRow},
	}, un, "the military is in neither file; the intern has no code")
	assert.Equal(t, "no BLS row for the code", un[0].Wages.String())

	_, err = bls.Attach(a, w, nil, bls.ReportUnmatched(&un))
	require.NoError(t, err)
	assert.Equal(t, []bls.Unmatched{{Role: "security-officer", Code: "55-3016.00", Wages: bls.NoRow, Projections: bls.NotGiven}}, un)
	for r, want := range map[bls.Reason]string{bls.Matched: "matched", bls.NotGiven: "file not given", bls.BadCode: "not an O*NET-SOC or SOC code", bls.NoFigures: "the BLS row has no figures"} {
		assert.Equal(t, want, r.String())
	}
}

func TestAttachWithCodes(t *testing.T) {
	w, p := fixtures(t)
	// A mapping for the test only: the fixture has no combined code, so
	// the military role is given the Chief Executives' row, and the
	// legislator's O*NET-SOC code (the key that wins over its SOC code)
	// that of Computer and Information Systems Managers.
	var un []bls.Unmatched
	a, err := bls.Attach(company(t), w, p, bls.WithCodes(map[string]string{
		"55-3016":    "11-1011",
		"11-1031":    "15-1252",
		"11-1031.00": "11-3021",
	}), bls.ReportUnmatched(&un))
	require.NoError(t, err)
	assert.Empty(t, un)
	r, ok := a.Role("security-officer")
	require.True(t, ok)
	require.NotEmpty(t, r.Salaries)
	assert.Equal(t, "OEWS A_PCT10 for SOC 11-1011 Chief Executives, the figures a mapping of codes given to Attach (WithCodes) chose for 55-3016.00.", r.Salaries[0].Note)
	require.Len(t, r.Outlook, 1)
	assert.Contains(t, r.Outlook[0].Scope, "SOC 11-1011 ")
	r, _ = a.Role("public-affairs-lead")
	require.NotEmpty(t, r.Salaries)
	assert.Contains(t, r.Salaries[0].Note, "SOC 11-3021 ", "the O*NET-SOC key first")

	// A mapped code BLS does not publish gives nothing, not the role's own figures.
	_, err = bls.Attach(company(t), w, p, bls.WithCodes(map[string]string{"11-3021": "99-9999"}), bls.ReportUnmatched(&un))
	require.NoError(t, err)
	assert.Contains(t, un, bls.Unmatched{Role: "engineering-manager", Code: "11-3021.00", Wages: bls.NoRow, Projections: bls.NoRow})

	for _, m := range []map[string]string{{"21-1011": "21-1018.00"}, {"counselors": "21-1018"}, {"21-1011.0": "21-1018"}} {
		_, err = bls.Attach(company(t), w, p, bls.WithCodes(m))
		require.ErrorIs(t, err, rolemodel.ErrInvalidValue, "%v", m)
		assert.ErrorContains(t, err, "WithCodes")
	}
}
