package salary_test

import (
	"maps"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel/salary"
)

// seedFigures are the Technology Director's four seed figures, annual.
func seedFigures(t *testing.T) []salary.Range {
	t.Helper()
	return []salary.Range{
		salary.MustParse(`average $118,942 per year; source="technology-director-what-is-it"`),
		salary.MustParse(`$150,000 - $250,000+ per year; source="key-responsibilities-technology-director"`),
		salary.MustParse(`median just above U.S. $142,500 per year; source="it-director-roles-skills-salary"`),
		salary.MustParse(`$180,000 - $275,000+ per year; source="key-responsibilities-tech-director"`),
	}
}

func TestSummarize(t *testing.T) {
	figs := seedFigures(t)
	s, err := salary.Summarize(figs...)
	require.NoError(t, err)
	assert.Equal(t, 4, s.Count())
	assert.Equal(t, usd, s.Currency())
	assert.Equal(t, salary.Annual, s.Period())
	assert.Equal(t, dollars(118_942), s.Lowest())
	assert.Equal(t, dollars(275_000), s.Highest())
	assert.True(t, s.HighestOpenEnded())
	// Midpoints 118,942; 200,000; 142,500; 227,500. Sorted, the middle two
	// are 142,500 and 200,000: (142,500 + 200,000) / 2 = 171,250.
	assert.Equal(t, dollars(171_250), s.MedianMidpoint())
	assert.Equal(t, 3, s.OpenEndedCount())
	var open []int
	for i, r := range s.OpenEnded() {
		assert.True(t, r.OpenEnded())
		open = append(open, i)
	}
	assert.Equal(t, []int{1, 2, 3}, open)
	got := maps.Collect(s.Figures())
	assert.Len(t, got, 4)
	assert.Equal(t, figs[2], got[2], "each source's figure is kept as given")
	assert.Equal(t, []string{"technology-director-what-is-it", "key-responsibilities-technology-director", "it-director-roles-skills-salary", "key-responsibilities-tech-director"}, s.Sources())
	assert.Equal(t, "4 figures in USD per year: lowest $118,942, highest $275,000+, median midpoint $171,250, 3 open-ended", s.String())

	_, ok := s.Common()
	assert.False(t, ok, "the seed sources do not agree on any figure")

	// Summarize copies its input.
	figs[0] = salary.MustParse("$1 per year")
	assert.Equal(t, dollars(118_942), s.Lowest())
	for i, r := range s.Figures() {
		if i == 0 {
			assert.Equal(t, "technology-director-what-is-it", r.Source())
		}
	}
}

func TestSummarizeMedian(t *testing.T) {
	tests := []struct {
		name  string
		in    []string
		want  salary.Money
		low   salary.Money
		high  salary.Money
		hopen bool
	}{
		{"one", []string{"$100"}, dollars(100), dollars(100), dollars(100), false},
		{"odd", []string{"$300", "$100", "$200"}, dollars(200), dollars(100), dollars(300), false},
		// (1¢ + 2¢) / 2 = 1.5¢, rounded half away from zero to 2¢.
		{"even rounds half up", []string{"$0.01", "$0.02"}, cents(2), cents(1), cents(2), false},
		{"ranges", []string{"$100 - $200", "$150 - $350+"}, dollars(200), dollars(100), dollars(350), true}, // midpoints 150 and 250
		{"highest closed and open", []string{"$100 - $300", "$200 - $300+"}, dollars(225), dollars(100), dollars(300), true},
		{"zero pay", []string{"$0", "$0 - $10"}, cents(250), dollars(0), dollars(10), false},     // midpoints 0 and $5: $2.50 exactly
		{"zero pay rounds", []string{"$0", "$0 - $0.01"}, cents(1), dollars(0), cents(1), false}, // midpoints 0¢ and 1¢ (0.5¢ up): 0.5¢ → 1¢
		{"jpy", []string{"JPY 1", "JPY 2"}, salary.FromMinorUnits(2, jpy), salary.FromMinorUnits(1, jpy), salary.FromMinorUnits(2, jpy), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var rs []salary.Range
			for _, in := range tt.in {
				rs = append(rs, salary.MustParse(in))
			}
			s, err := salary.Summarize(rs...)
			require.NoError(t, err)
			assert.Equal(t, tt.want, s.MedianMidpoint())
			assert.Equal(t, tt.low, s.Lowest())
			assert.Equal(t, tt.high, s.Highest())
			assert.Equal(t, tt.hopen, s.HighestOpenEnded())
			assert.Equal(t, len(tt.in), s.Count())
			assert.Equal(t, salary.Unspecified, s.Period())
			assert.Empty(t, s.Sources())
		})
	}
	s, err := salary.Summarize(salary.MustParse("$5"))
	require.NoError(t, err)
	assert.Equal(t, "1 figure in USD: lowest $5, highest $5, median midpoint $5, 0 open-ended", s.String())
}

func TestSummaryCommon(t *testing.T) {
	tests := []struct {
		in   []string
		want string // "" when the sources do not agree
	}{
		{[]string{"$100 - $200", "$150 - $300"}, "$150 - $200"},
		{[]string{"$100 - $200", "$150 - $300+"}, "$150 - $200"},
		{[]string{"$100 - $200+", "$150 - $300+"}, "$150+"},
		{[]string{"$100 - $200", "$200 - $300"}, "$200 - $200"},
		{[]string{"$100 - $200", "$201 - $300"}, ""},
		{[]string{"median $150", "$100 - $200"}, "$150 - $150"},
		{[]string{"median $250", "$100 - $200"}, ""},
		{[]string{"median $150+", "$100 - $200"}, "$150 - $200"},
	}
	for _, tt := range tests {
		var rs []salary.Range
		for _, in := range tt.in {
			rs = append(rs, salary.MustParse(in))
		}
		s, err := salary.Summarize(rs...)
		require.NoError(t, err)
		c, ok := s.Common()
		if tt.want == "" {
			assert.False(t, ok, "%v", tt.in)
			assert.True(t, c.IsZero())
			continue
		}
		require.True(t, ok, "%v", tt.in)
		assert.Equal(t, tt.want, c.String(), "%v", tt.in)
	}
	_, ok := salary.Summary{}.Common()
	assert.False(t, ok)
}

func TestSummarizeErrors(t *testing.T) {
	tests := []struct {
		name string
		in   []salary.Range
		sent error
		why  string
	}{
		{"none", nil, salary.ErrRange, "no figures"},
		{"zero Range", []salary.Range{salary.MustParse("$1"), {}}, salary.ErrRange, "figure 1 is the zero Range"},
		{"currencies", []salary.Range{salary.MustParse("$1"), salary.MustParse("€1")}, salary.ErrCurrencyMismatch, "figure 1 is in EUR"},
		{"periods", []salary.Range{salary.MustParse("$1 per hour"), salary.MustParse("$1 per year")}, salary.ErrPeriodMismatch, "figure 1 is annual, figure 0 hourly"},
		{"unstated period", []salary.Range{salary.MustParse("$1 per hour"), salary.MustParse("$1")}, salary.ErrPeriodMismatch, "unstated"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := salary.Summarize(tt.in...)
			require.Error(t, err)
			assert.ErrorIs(t, err, tt.sent)
			var ve *salary.ValueError
			require.ErrorAs(t, err, &ve)
			assert.Equal(t, "Summarize", ve.Func)
			assert.Contains(t, err.Error(), tt.why)
			assert.Equal(t, 0, s.Count())
		})
	}
	assert.Equal(t, "no figures", salary.Summary{}.String())
}

func TestSummarizeAnnual(t *testing.T) {
	s, err := salary.SummarizeAnnual(salary.DefaultConvention(),
		salary.MustParse("$68.50/hour"),       // $142,480 a year
		salary.MustParse("$150,000 per year"), // as is
		salary.MustParse("$10,000 per month"), // $120,000 a year
	)
	require.NoError(t, err)
	assert.Equal(t, salary.Annual, s.Period())
	assert.Equal(t, dollars(120_000), s.Lowest())
	assert.Equal(t, dollars(150_000), s.Highest())
	assert.Equal(t, dollars(142_480), s.MedianMidpoint())

	_, err = salary.SummarizeAnnual(salary.DefaultConvention(), salary.MustParse("$1"))
	assert.ErrorIs(t, err, salary.ErrUnknownPeriod)
	_, err = salary.SummarizeAnnual(salary.Convention{}, salary.MustParse("$1 per hour"))
	assert.ErrorIs(t, err, salary.ErrRange)
}
