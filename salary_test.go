package rolemodel

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel/salary"
)

func TestDefaultSalariesAreRanges(t *testing.T) {
	r, ok := Default().Role("technology-director")
	require.True(t, ok)
	var rs []salary.Range
	for _, s := range r.Salaries {
		rg, err := s.Range()
		require.NoError(t, err, s.Text)
		assert.Equal(t, salary.Annual, rg.Period())
		assert.Equal(t, s.Sources[0], rg.Source())
		rs = append(rs, rg)
	}
	sum, err := salary.Summarize(rs...)
	require.NoError(t, err)
	assert.Equal(t, 4, sum.Count(), "four sources, four figures")
	assert.Equal(t, "USD 118,942.00", sum.Lowest().String())
	assert.Equal(t, "USD 275,000.00", sum.Highest().String())
	assert.True(t, sum.HighestOpenEnded())
	_, agree := sum.Common()
	assert.False(t, agree, "the seeds do not agree on one figure")

	// Every figure parses back from the text the source wrote, where the
	// source wrote one the parser reads.
	for i, s := range r.Salaries {
		p, err := salary.Parse(s.Text)
		if err != nil {
			continue
		}
		assert.Equal(t, rs[i].Min(), p.Min(), s.Text)
	}
}
