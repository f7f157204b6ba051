package esco_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel/bls"
	"github.com/rolemodel/rolemodel/esco"
	"github.com/rolemodel/rolemodel/onet"
)

// What the join gives on the shared data.
const (
	wantLinked, wantFacts, wantPaid, wantOutlook = 2357, 2313, 2346, 2346
)

const (
	realNesta = "../../shared/data/nesta-mcc/" + esco.NestaCrosswalkFile
	realONet  = "../../shared/data/onet-29.3"
	realBLS   = "../../shared/data/bls"
)

// TestJoinReal joins ESCO v1.1.1 to O*NET 29.3 through Nesta's crosswalk
// and attaches BLS's May 2024 wages and 2024-34 projections. Nesta's codes
// are O*NET-SOC 2010: 143 of its 668 codes (325 rows) are not in 29.3,
// which uses O*NET-SOC 2019. The occupations linked to them get no code,
// so BLS's tables (SOC 2018) give them nothing: not the wages of the "All
// Other" group that 17-2199.04 Manufacturing Engineers left for
// 17-2112.03.
func TestJoinReal(t *testing.T) {
	c, _ := loadReal111(t)
	for _, p := range []string{realNesta, realONet + "/" + onet.OccupationsFile, filepath.Join(realBLS, "oews-national-2024", "national_M2024_dl.csv")} {
		if _, err := os.Stat(p); err != nil {
			t.Skipf("the shared data is not checked out: %v", err)
		}
	}
	x, err := esco.LoadCrosswalk(realNesta)
	require.NoError(t, err)
	h, err := esco.ReadHierarchy(os.DirFS(real111Dir))
	require.NoError(t, err)
	o, err := onet.LoadDir(realONet)
	require.NoError(t, err)
	var w esco.Warnings
	j, err := esco.Join(c, o, x.Inherit(h), esco.CollectWarnings(&w))
	require.NoError(t, err)
	wages, err := bls.LoadWages(filepath.Join(realBLS, "oews-national-2024", "national_M2024_dl.csv"))
	require.NoError(t, err)
	proj, err := bls.LoadProjections(filepath.Join(realBLS, "projections-2024-34", "occupation_table_1.2.csv"))
	require.NoError(t, err)
	j, err = bls.Attach(j, wages, proj)
	require.NoError(t, err)

	codes := map[string]bool{}
	for r := range o.Roles() {
		codes[r.Codes.ONetSOC] = true
	}
	occ, linked, facts, paid, outlook := 0, 0, 0, 0, 0
	for r := range j.Roles() {
		if r.Codes.ESCO == "" {
			continue
		}
		occ++
		if r.Codes.ONetSOC != "" {
			linked++
			assert.True(t, codes[r.Codes.ONetSOC], "%s has %s, which O*NET 29.3 lacks", r.Title, r.Codes.ONetSOC)
		}
		if _, ok := esco.JobZone(r); ok {
			facts++
		}
		if _, ok := esco.AnnualMedian(r); ok {
			paid++
		}
		if len(r.Outlook) > 0 {
			outlook++
		}
	}
	assert.Equal(t, 3007, occ)
	assert.Equal(t, wantLinked, linked, "linked to an O*NET 29.3 occupation")
	assert.Equal(t, wantFacts, facts, "with O*NET's job zone")
	assert.Equal(t, wantPaid, paid, "with BLS wages")
	assert.Equal(t, wantOutlook, outlook, "with BLS's outlook")

	for title, code := range map[string]string{
		"process engineer":       "17-2199.04",
		"asset manager":          "11-9199.03",
		"pipeline route manager": "11-9199.04",
		"airside safety manager": "11-9199.07",
	} {
		r := byTitle(t, j, title)
		assert.Empty(t, r.Codes.ONetSOC, title)
		assert.Contains(t, r.Codes.Note, "Not linked to O*NET: O*NET-SOC "+code, title)
		assert.Empty(t, r.Salaries, "%s must not get the wages of an All Other group", title)
		assert.Empty(t, r.Outlook, title)
	}
	missing := 0
	for _, p := range w.Problems {
		if p.Path == "onet_code" {
			missing++
		}
	}
	assert.Equal(t, 143, missing+w.More, "one warning per O*NET-SOC 2010 code 29.3 lacks")
	cio := byTitle(t, j, "chief information officer")
	assert.Equal(t, "11-3021.00", cio.Codes.ONetSOC)
	pay, ok := esco.AnnualMedian(cio)
	require.True(t, ok)
	assert.Equal(t, "USD 171,200.00", pay.String())
}
