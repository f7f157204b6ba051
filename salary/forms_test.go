package salary_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel/salary"
)

// humanForms are the forms of issue 12 (items 1 and 9), exactly as written
// there, and more of each kind: what Parse must read, with the String it
// gives.
var humanForms = []struct {
	in, str string
}{
	// A multiplier written once, on the upper figure (issue 12.1).
	{"$50-60k", "$50,000 - $60,000"},
	{"£60-80k", "£60,000 - £80,000"},
	{"€45-55K per year", "€45,000 - €55,000 per year"},
	{"£60 - £80k", "£60,000 - £80,000"},
	{"50-60k USD", "$50,000 - $60,000"},
	{"$1.5-2M", "$1,500,000 - $2,000,000"},
	{"$0-60k", "$0 - $60,000"},
	{"$50.5–60k", "$50,500 - $60,000"},
	{"$60-60k", "$60,000 - $60,000"},
	// Thousands written on the upper figure only (the "£25-30,000" of UK
	// advertisements), and where carrying them would pass the upper figure,
	// a range read as written.
	{"$50-60,000", "$50,000 - $60,000"},
	{"£25-30,000", "£25,000 - £30,000"},
	{"£25 - 30,000 per annum", "£25,000 - £30,000 per year"},
	{"$50 - $60,000", "$50 - $60,000"},
	{"$1-2,000,000", "$1,000,000 - $2,000,000"},
	{"$500-600,000", "$500,000 - $600,000"},
	{"$500-1,000 per week", "$500 - $1,000 per week"},
	{"$100-1,000", "$100 - $1,000"},
	// A lower figure with a thousands comma, or its own multiplier, is
	// read as written.
	{"$50,000-60k", "$50,000 - $60,000"},
	{"$5,000-60k", "$5,000 - $60,000"},
	{"$50k-60k", "$50,000 - $60,000"},
	{"$0.5M-800k", "$500,000 - $800,000"},

	// Period words (issue 12.9).
	{"£60k pa", "£60,000 per year"},
	{"£60kpa", "£60,000 per year"},
	{"£45,000 p.a", "£45,000 per year"},
	{"£45,000 P.A.", "£45,000 per year"},
	{"£45,000 p/a", "£45,000 per year"},
	{"£45,000 pa.", "£45,000 per year"},
	{"£50k per annum", "£50,000 per year"},
	{"$25/hr", "$25 per hour"},
	{"$25 an hour", "$25 per hour"},
	{"$25 per hr", "$25 per hour"},
	{"$30 ph", "$30 per hour"},
	{"£400 per day", "£400 per day"},
	{"£400/day", "£400 per day"},
	{"£400pd", "£400 per day"},
	{"£500 p/d", "£500 per day"},
	{"£400 daily", "£400 per day"},
	{"£700 pw", "£700 per week"},
	{"£3,000 pcm", "£3,000 per month"},

	// "up to": an upper bound with no minimum.
	{"up to £80k", "up to £80,000"},
	{"Upto £35k DOE", "up to £35,000 DOE"},
	{"up to $45/hr", "up to $45 per hour"},
	{"UP TO €90,000 a year", "up to €90,000 per year"},
	{"median up to $142,500", "median up to $142,500"},

	// Notes, kept as written.
	{"£60k-£70k DOE", "£60,000 - £70,000 DOE"},
	{"£60,000-£80,000 + bonus", "£60,000 - £80,000 + bonus"},
	{"£35,000 - £45,000 per annum, DOE", "£35,000 - £45,000 per year DOE"},
	{"$90k negotiable", "$90,000 negotiable"},
	{"£450 p/d (outside IR35)", "£450 per day (outside IR35)"},
	{"$120k-$150k plus equity", "$120,000 - $150,000 plus equity"},
	{"£60k+bonus", "£60,000 +bonus"},
	{"£60k+ bonus", "£60,000 + bonus"},
	{"£28k - £32k pro rata", "£28,000 - £32,000 pro rata"},
	{"$80k OTE", "$80,000 OTE"},
	{"£40k D.O.E.", "£40,000 D.O.E."},
	{"£40k, depending on experience", "£40,000 depending on experience"},
	{"$150,000 - $250,000+ + equity", "$150,000 - $250,000+ + equity"},
	{"$250k+ USD per year", "$250,000+ per year"},
	{`£60k DOE; region="London"`, `£60,000 DOE; region="London"`},
	{`£60k; note="DOE"`, `£60,000 DOE`},
	{`$5; note="great team"`, `$5; note="great team"`},
	{`$5; note="+ bonus; car"`, `$5; note="+ bonus; car"`},
}

func TestParseHumanForms(t *testing.T) {
	for _, tt := range humanForms {
		t.Run(tt.in, func(t *testing.T) {
			r, err := salary.Parse(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.str, r.String())
			back, err := salary.Parse(r.String())
			require.NoError(t, err)
			assert.Equal(t, r, back, "String reads back to the same Range")
		})
	}
}

// TestParseIssue12 checks every value of the exact inputs of issue 12.1
// and 12.9.
func TestParseIssue12(t *testing.T) {
	type want struct {
		cur      salary.Currency
		min, max int64
		stat     salary.Statistic
		period   salary.Period
		upTo     bool
		note     string
	}
	for in, w := range map[string]want{
		"$50-60k":                 {usd, 5_000_000, 6_000_000, salary.RangeOfPay, salary.Unspecified, false, ""},
		"£60-80k":                 {gbp, 6_000_000, 8_000_000, salary.RangeOfPay, salary.Unspecified, false, ""},
		"£60k pa":                 {gbp, 6_000_000, 6_000_000, salary.NoStatistic, salary.Annual, false, ""},
		"up to £80k":              {gbp, 8_000_000, 8_000_000, salary.NoStatistic, salary.Unspecified, true, ""},
		"£60k-£70k DOE":           {gbp, 6_000_000, 7_000_000, salary.RangeOfPay, salary.Unspecified, false, "DOE"},
		"£60,000-£80,000 + bonus": {gbp, 6_000_000, 8_000_000, salary.RangeOfPay, salary.Unspecified, false, "+ bonus"},
		"$25/hr":                  {usd, 2_500, 2_500, salary.NoStatistic, salary.Hourly, false, ""},
		"£400 per day":            {gbp, 40_000, 40_000, salary.NoStatistic, salary.Daily, false, ""},
	} {
		t.Run(in, func(t *testing.T) {
			r, err := salary.Parse(in)
			require.NoError(t, err)
			assert.Equal(t, salary.FromMinorUnits(w.min, w.cur), r.Min())
			assert.Equal(t, salary.FromMinorUnits(w.max, w.cur), r.Max())
			assert.Equal(t, w.stat, r.Statistic())
			assert.Equal(t, w.period, r.Period())
			assert.Equal(t, w.upTo, r.UpTo())
			assert.False(t, r.OpenEnded())
			assert.Equal(t, w.note, r.Note())
		})
	}
}

func TestParseHumanFormErrors(t *testing.T) {
	tests := []struct {
		in     string
		sent   error
		offset int
		msg    string // the whole message
	}{
		// Not a figure.
		{"Competitive", salary.ErrNoFigure, 0, `pay "Competitive": column 1: the text states no pay figure; expected an amount such as $150,000, £60k-£70k or $25/hr`},
		{"DOE", salary.ErrNoFigure, 0, `pay "DOE": column 1: the text is only a note and states no pay figure; expected an amount with it, such as "£60k-£70k DOE"`},
		{"Negotiable", salary.ErrNoFigure, 0, `pay "Negotiable": column 1: the text is only a note and states no pay figure; expected an amount with it, such as "£60k-£70k DOE"`},
		{"  + bonus", salary.ErrNoFigure, 2, `pay "  + bonus": column 3: the text is only a note and states no pay figure; expected an amount with it, such as "£60k-£70k DOE"`},
		{"Competitive salary + benefits", salary.ErrNoFigure, 0, `pay "Competitive salary + benefits": column 1: the text states no pay figure; expected an amount such as $150,000, £60k-£70k or $25/hr`},
		{"£ DOE", salary.ErrNoFigure, 0, `pay "£ DOE": column 1: the text states no pay figure; expected an amount such as $150,000, £60k-£70k or $25/hr`},
		{"", salary.ErrNoFigure, 0, `pay "": column 1: the text is empty; expected an amount such as $150,000, £60k-£70k or $25/hr`},

		// A multiplier on the upper figure that does not fit the lower one.
		{"$500-60k", salary.ErrSyntax, 1, `pay "$500-60k": column 2: the "k" on the high figure does not fit the low figure "500": $500,000 would be above $60,000; write the multiplier on both figures, or on neither`},
		{"$900-1k", salary.ErrSyntax, 1, `pay "$900-1k": column 2: the "k" on the high figure does not fit the low figure "900": $900,000 would be above $1,000; write the multiplier on both figures, or on neither`},
		{"£2.5-1M", salary.ErrSyntax, 2, `pay "£2.5-1M": column 2: the "M" on the high figure does not fit the low figure "2.5": £2,500,000 would be above £1,000,000; write the multiplier on both figures, or on neither`},
		{"$99999999999999999-1M", salary.ErrSyntax, 1, `pay "$99999999999999999-1M": column 2: the "M" on the high figure does not fit the low figure "99999999999999999": multiplied it would be too large; write the multiplier on both figures, or on neither`},
		{"$1.123456-2k", salary.ErrRange, 1, `pay "$1.123456-2k": column 2: the figure has more decimal places than USD, which has 2`},
		// A range spanning a factor of a thousand, read as written.
		{"$50-60,500", salary.ErrSyntax, 1, `pay "$50-60,500": column 2: the low figure $50 is a thousandth of the high figure $60,500 or less, which no pay range spans: thousands written on one figure only? write both figures in full`},
		{"$1.5-2,000", salary.ErrSyntax, 1, `pay "$1.5-2,000": column 2: the low figure $1.50 is a thousandth of the high figure $2,000 or less, which no pay range spans: thousands written on one figure only? write both figures in full`},
		{"$50k-60", salary.ErrRange, 5, `pay "$50k-60": column 6: the low figure $50,000 is above the high figure $60; a multiplier written on the lower figure only is not carried to the upper one: write it on both`},

		// up to.
		{"up to $5 - $6", salary.ErrSyntax, 9, `pay "up to $5 - $6": column 10: a figure stated as an upper bound ("up to") takes no second figure`},
		{"up to $5+", salary.ErrSyntax, 8, `pay "up to $5+": column 9: "+" (or more) contradicts "up to"`},
		{"up $5", salary.ErrSyntax, 0, `pay "up $5": column 1: expected a figure such as 150,000, 68.50 or 142.5k`},

		// Text after the figures that is not a note.
		{"$5 per year extra", salary.ErrSyntax, 12, `pay "$5 per year extra": column 13: expected a note such as "DOE" or "+ bonus", or the end of the text`},
		{"£60k per year, great team", salary.ErrSyntax, 14, `pay "£60k per year, great team": column 14: expected a note such as "DOE" or "+ bonus", or the end of the text`},
		{"$5 DOE; note=\"x\"", salary.ErrSyntax, 8, `pay "$5 DOE; note=\"x\"": column 9: note is given twice`},
		{"$5 pax", salary.ErrSyntax, 3, `pay "$5 pax": column 4: expected " - " and a second figure, a period such as "per year" or "/hr", a note such as "DOE" or "+ bonus", or the end of the text`},
		{"$5 XYZ", salary.ErrUnknownCurrency, 3, `pay "$5 XYZ": column 4: "XYZ" is not an ISO 4217 currency code`},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			r, err := salary.Parse(tt.in)
			require.Error(t, err)
			assert.True(t, r.IsZero())
			assert.ErrorIs(t, err, tt.sent)
			var pe *salary.ParseError
			require.ErrorAs(t, err, &pe)
			assert.Equal(t, tt.offset, pe.Offset, "offset")
			assert.Equal(t, tt.msg, err.Error())
		})
	}
	// ErrNoFigure is a kind of ErrSyntax.
	_, err := salary.Parse("Competitive")
	assert.ErrorIs(t, err, salary.ErrSyntax)
	_, err = salary.Parse("$500-60k")
	assert.NotErrorIs(t, err, salary.ErrNoFigure)
}

func TestParseBandMultiplier(t *testing.T) {
	for in, want := range map[string]string{
		"$80-120k, midpoint $100k":      "$80,000 - $120,000, midpoint $100,000",
		"£60-80k, midpoint £70k":        "£60,000 - £80,000, midpoint £70,000",
		"€1.2-1.8M, midpoint €1.5M":     "€1,200,000 - €1,800,000, midpoint €1,500,000",
		"$80,000-120k, midpoint 100k":   "$80,000 - $120,000, midpoint $100,000",
		"$80k - $120k, midpoint $100k":  "$80,000 - $120,000, midpoint $100,000",
		"JPY 5-6M, midpoint JPY 5.5M":   "JPY 5,000,000 - JPY 6,000,000, midpoint JPY 5,500,000",
		"BHD 1.5-2k, midpoint BHD 1750": "BHD 1,500 - BHD 2,000, midpoint BHD 1,750",
	} {
		t.Run(in, func(t *testing.T) {
			b, err := salary.ParseBand(in)
			require.NoError(t, err)
			assert.Equal(t, want, b.String())
		})
	}
	for in, want := range map[string]string{
		"$800-120k, midpoint $100k":    `pay band "$800-120k, midpoint $100k": column 2: the "k" on the maximum does not fit the minimum "800": $800,000 would be above $120,000; write the multiplier on both figures, or on neither`,
		"$80k-120, midpoint $100":      `pay band "$80k-120, midpoint $100": column 6: the minimum $80,000 is above the maximum $120; a multiplier written on the lower figure only is not carried to the upper one: write it on both`,
		"$80-120k, midpoint 100":       `pay band "$80-120k, midpoint 100": column 20: expected a midpoint from the minimum to the maximum, got $100 outside $80,000 - $120,000`,
		"$0-120k, midpoint 100k":       `pay band "$0-120k, midpoint 100k": column 2: expected a minimum above zero`,
		"$80k - £120k, midpoint $100k": `pay band "$80k - £120k, midpoint $100k": column 8: the figures are in USD and GBP: a band is in one currency`,
	} {
		t.Run(in, func(t *testing.T) {
			_, err := salary.ParseBand(in)
			require.Error(t, err)
			assert.Equal(t, want, err.Error())
		})
	}
}

func TestUpTo(t *testing.T) {
	r := salary.MustParse("up to £80k per year")
	assert.True(t, r.UpTo())
	assert.True(t, r.IsFigure())
	assert.False(t, r.OpenEnded())
	assert.Equal(t, salary.FromMinorUnits(8_000_000, gbp), r.Max())
	assert.Equal(t, salary.FromMinorUnits(8_000_000, gbp), r.Min(), "Min is the stated figure, as for \"above\"")
	assert.Equal(t, salary.FromMinorUnits(8_000_000, gbp), r.Midpoint())
	assert.True(t, r.Contains(salary.FromMinorUnits(0, gbp)))
	assert.True(t, r.Contains(salary.FromMinorUnits(5_000_000, gbp)))
	assert.True(t, r.Contains(salary.FromMinorUnits(8_000_000, gbp)))
	assert.False(t, r.Contains(salary.FromMinorUnits(8_000_001, gbp)))
	assert.False(t, r.Contains(salary.FromMinorUnits(-1, gbp)))
	assert.False(t, r.Contains(salary.FromMinorUnits(1, usd)))

	n, err := salary.NewUpTo(salary.FromMinorUnits(8_000_000, gbp), salary.Annual)
	require.NoError(t, err)
	assert.Equal(t, r, n)
	_, err = salary.NewUpTo(salary.FromMinorUnits(-1, gbp), salary.Annual)
	assert.ErrorIs(t, err, salary.ErrRange)
	_, err = salary.NewUpTo(salary.Money{}, salary.Annual)
	assert.ErrorIs(t, err, salary.ErrUnknownCurrency)

	// Per keeps it; open-ended clears it; it stays a single figure.
	h, err := salary.MustParse("up to $45/hr").Annualized(salary.DefaultConvention())
	require.NoError(t, err)
	assert.Equal(t, "up to $93,600 per year", h.String())
	o := r.WithOpenEnded(true)
	assert.False(t, o.UpTo())
	assert.Equal(t, "£80,000+ per year", o.String())
	assert.True(t, r.WithOpenEnded(false).UpTo())
	_, err = r.WithStatistic(salary.RangeOfPay)
	assert.ErrorIs(t, err, salary.ErrUnknownStatistic)
	m, err := r.WithStatistic(salary.Median)
	require.NoError(t, err)
	assert.Equal(t, "median up to £80,000 per year", m.String())
	assert.Equal(t, m, salary.MustParse(m.String()))
}

func TestNote(t *testing.T) {
	r := salary.MustParse("£60k-£70k DOE")
	assert.Equal(t, "DOE", r.Note())
	assert.Equal(t, salary.MustParse("£60k-£70k"), r.WithNote(""), "a note changes no figure")
	assert.NotEqual(t, salary.MustParse("£60k-£70k"), r, "but is part of the value")
	for _, note := range []string{"+ bonus", "great team", "a;b", "\tDOE", "DOE ", "x\n", "(pro rata", "\xff", `"quoted"`} {
		w := r.WithNote(note)
		assert.Equal(t, note, w.Note())
		back, err := salary.Parse(w.String())
		require.NoError(t, err, w.String())
		assert.Equal(t, w, back, w.String())
	}
	assert.Equal(t, "", salary.Range{}.WithNote("x").String(), "the zero Range takes no note")

	// Notes do not change sums.
	sum, err := salary.Summarize(salary.MustParse("£60k-£70k DOE"), salary.MustParse("£65k + bonus"))
	require.NoError(t, err)
	c, ok := sum.Common()
	require.True(t, ok)
	assert.Equal(t, "£65,000 - £65,000", c.String())
}

func TestCommonWithUpTo(t *testing.T) {
	tests := []struct {
		figures []string
		want    string // "" when the figures disagree
	}{
		{[]string{"up to £80k", "up to £70k"}, "up to £70,000"},
		{[]string{"up to £80k", "£60k-£90k"}, "£60,000 - £80,000"},
		{[]string{"up to £80k", "£60k+"}, "£60,000 - £80,000"},
		{[]string{"up to £50k", "£60k+"}, ""},
		{[]string{"up to £80k", "£80k"}, "£80,000 - £80,000"},
		{[]string{"£60k+", "£70k+"}, "£70,000+"},
	}
	for _, tt := range tests {
		var rs []salary.Range
		for _, s := range tt.figures {
			rs = append(rs, salary.MustParse(s))
		}
		sum, err := salary.Summarize(rs...)
		require.NoError(t, err)
		c, ok := sum.Common()
		assert.Equal(t, tt.want != "", ok, "%v", tt.figures)
		assert.Equal(t, tt.want, c.String(), "%v", tt.figures)
	}
	sum, err := salary.Summarize(salary.MustParse("up to £80k"), salary.MustParse("£60k-£90k"))
	require.NoError(t, err)
	assert.Equal(t, "£60,000", sum.Lowest().Short(), "the lowest figure stated")
}

func TestParseNoteAllocations(t *testing.T) {
	for _, in := range []string{"£60k-£70k DOE", "£60,000-£80,000 + bonus", "up to £80k", "$50-60k", "£400pd"} {
		allocs := testing.AllocsPerRun(100, func() { sinkRange, _ = salary.Parse(in) })
		assert.Zero(t, allocs, in)
	}
}
