package salary_test

import (
	"errors"
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel/salary"
)

// issueForms are the ways of writing pay that Parse must read, as listed in
// the issue, plus the canonical String forms.
var issueForms = []string{
	"$150,000 - $250,000+",
	"$180,000 - $275,000+",
	"$118,942",
	"just above U.S. $142,500",
	"US$142,500",
	"$142.5k",
	"$150K–$250K",
	"£60,000 to £80,000",
	"€70k-€90k per year",
	"$68.50/hour",
	"150000 USD",
	"EUR 70,000",
}

func TestParse(t *testing.T) {
	tests := []struct {
		in       string
		cur      salary.Currency
		min, max int64
		stat     salary.Statistic
		open     bool
		period   salary.Period
		str      string
	}{
		{"$150,000 - $250,000+", usd, 15_000_000, 25_000_000, salary.RangeOfPay, true, salary.Unspecified, "$150,000 - $250,000+"},
		{"$180,000 - $275,000+", usd, 18_000_000, 27_500_000, salary.RangeOfPay, true, salary.Unspecified, "$180,000 - $275,000+"},
		{"$118,942", usd, 11_894_200, 11_894_200, salary.NoStatistic, false, salary.Unspecified, "$118,942"},
		{"just above U.S. $142,500", usd, 14_250_000, 14_250_000, salary.NoStatistic, true, salary.Unspecified, "$142,500+"},
		{"US$142,500", usd, 14_250_000, 14_250_000, salary.NoStatistic, false, salary.Unspecified, "$142,500"},
		{"$142.5k", usd, 14_250_000, 14_250_000, salary.NoStatistic, false, salary.Unspecified, "$142,500"},
		{"$150K–$250K", usd, 15_000_000, 25_000_000, salary.RangeOfPay, false, salary.Unspecified, "$150,000 - $250,000"},
		{"£60,000 to £80,000", gbp, 6_000_000, 8_000_000, salary.RangeOfPay, false, salary.Unspecified, "£60,000 - £80,000"},
		{"€70k-€90k per year", eur, 7_000_000, 9_000_000, salary.RangeOfPay, false, salary.Annual, "€70,000 - €90,000 per year"},
		{"$68.50/hour", usd, 6850, 6850, salary.NoStatistic, false, salary.Hourly, "$68.50 per hour"},
		{"150000 USD", usd, 15_000_000, 15_000_000, salary.NoStatistic, false, salary.Unspecified, "$150,000"},
		{"EUR 70,000", eur, 7_000_000, 7_000_000, salary.NoStatistic, false, salary.Unspecified, "€70,000"},

		// More spellings.
		{"  $150,000\u00a0-\u00a0$250,000+  ", usd, 15_000_000, 25_000_000, salary.RangeOfPay, true, salary.Unspecified, "$150,000 - $250,000+"},
		{"$150,000—$250,000", usd, 15_000_000, 25_000_000, salary.RangeOfPay, false, salary.Unspecified, "$150,000 - $250,000"},
		{"$150,000 - 250,000", usd, 15_000_000, 25_000_000, salary.RangeOfPay, false, salary.Unspecified, "$150,000 - $250,000"},
		{"150,000 - 250,000 USD per annum", usd, 15_000_000, 25_000_000, salary.RangeOfPay, false, salary.Annual, "$150,000 - $250,000 per year"},
		{"EUR 70,000 - EUR 90,000 annually", eur, 7_000_000, 9_000_000, salary.RangeOfPay, false, salary.Annual, "€70,000 - €90,000 per year"},
		{"$250,000+ a year", usd, 25_000_000, 25_000_000, salary.NoStatistic, true, salary.Annual, "$250,000+ per year"},
		{"$250k+/yr", usd, 25_000_000, 25_000_000, salary.NoStatistic, true, salary.Annual, "$250,000+ per year"},
		{"over $100K", usd, 10_000_000, 10_000_000, salary.NoStatistic, true, salary.Unspecified, "$100,000+"},
		{"at least £40,000 p.a.", gbp, 4_000_000, 4_000_000, salary.NoStatistic, true, salary.Annual, "£40,000+ per year"},
		{"More Than $1M", usd, 100_000_000, 100_000_000, salary.NoStatistic, true, salary.Unspecified, "$1,000,000+"},
		{"$1.25m", usd, 125_000_000, 125_000_000, salary.NoStatistic, false, salary.Unspecified, "$1,250,000"},
		{"Median $142,500 per year", usd, 14_250_000, 14_250_000, salary.Median, false, salary.Annual, "median $142,500 per year"},
		{"median just above U.S. $142,500", usd, 14_250_000, 14_250_000, salary.Median, true, salary.Unspecified, "median $142,500+"},
		{"average $118,942 yearly", usd, 11_894_200, 11_894_200, salary.Average, false, salary.Annual, "average $118,942 per year"},
		{"mean $100", usd, 10_000, 10_000, salary.Average, false, salary.Unspecified, "average $100"},
		{"P90 $300,000", usd, 30_000_000, 30_000_000, salary.P90, false, salary.Unspecified, "p90 $300,000"},
		{"p10 $1", usd, 100, 100, salary.P10, false, salary.Unspecified, "p10 $1"},
		{"$68.50 an hour", usd, 6850, 6850, salary.NoStatistic, false, salary.Hourly, "$68.50 per hour"},
		{"$68.5 hourly", usd, 6850, 6850, salary.NoStatistic, false, salary.Hourly, "$68.50 per hour"},
		{"$500/day", usd, 50_000, 50_000, salary.NoStatistic, false, salary.Daily, "$500 per day"},
		{"$2,000 per week", usd, 200_000, 200_000, salary.NoStatistic, false, salary.Weekly, "$2,000 per week"},
		{"$2,000/wk", usd, 200_000, 200_000, salary.NoStatistic, false, salary.Weekly, "$2,000 per week"},
		{"$8,000/mo", usd, 800_000, 800_000, salary.NoStatistic, false, salary.Monthly, "$8,000 per month"},
		{"$8,000 monthly", usd, 800_000, 800_000, salary.NoStatistic, false, salary.Monthly, "$8,000 per month"},
		{"$8,000 PER MONTH", usd, 800_000, 800_000, salary.NoStatistic, false, salary.Monthly, "$8,000 per month"},
		{"$0", usd, 0, 0, salary.NoStatistic, false, salary.Unspecified, "$0"},
		{"$0 - $0", usd, 0, 0, salary.RangeOfPay, false, salary.Unspecified, "$0 - $0"},
		{"$5 - $5", usd, 500, 500, salary.RangeOfPay, false, salary.Unspecified, "$5 - $5"},
		{"$1,234.5", usd, 123_450, 123_450, salary.NoStatistic, false, salary.Unspecified, "$1,234.50"},
		{"$1,234.500", usd, 123_450, 123_450, salary.NoStatistic, false, salary.Unspecified, "$1,234.50"},
		{"$0.500", usd, 50, 50, salary.NoStatistic, false, salary.Unspecified, "$0.50"},
		{"$1.234k", usd, 123_400, 123_400, salary.NoStatistic, false, salary.Unspecified, "$1,234"},
		{"$1234.56", usd, 123_456, 123_456, salary.NoStatistic, false, salary.Unspecified, "$1,234.56"},
		{"$1.0000", usd, 100, 100, salary.NoStatistic, false, salary.Unspecified, "$1"},
		{"C$90,000", salary.MustParseCurrency("CAD"), 9_000_000, 9_000_000, salary.NoStatistic, false, salary.Unspecified, "CAD 90,000"},
		{"A$90k", salary.MustParseCurrency("AUD"), 9_000_000, 9_000_000, salary.NoStatistic, false, salary.Unspecified, "AUD 90,000"},
		{"₹1,200,000", salary.MustParseCurrency("INR"), 120_000_000, 120_000_000, salary.NoStatistic, false, salary.Unspecified, "INR 1,200,000"},
		{"JP¥5,000,000", jpy, 5_000_000, 5_000_000, salary.NoStatistic, false, salary.Unspecified, "JPY 5,000,000"},
		{"JPY 5.5M", jpy, 5_500_000, 5_500_000, salary.NoStatistic, false, salary.Unspecified, "JPY 5,500,000"},
		{"JPY 1,000", jpy, 1_000, 1_000, salary.NoStatistic, false, salary.Unspecified, "JPY 1,000"},
		// The dinar has three decimal places, so "1.500" is a decimal.
		{"BHD 1.500", bhd, 1_500, 1_500, salary.NoStatistic, false, salary.Unspecified, "BHD 1.500"},
		{"BHD 1,234.567 - 2,000 BHD", bhd, 1_234_567, 2_000_000, salary.RangeOfPay, false, salary.Unspecified, "BHD 1,234.567 - BHD 2,000"},
		{"BHD 0.001", bhd, 1, 1, salary.NoStatistic, false, salary.Unspecified, "BHD 0.001"},
		{"$92,233,720,368,547,758.07", usd, math.MaxInt64, math.MaxInt64, salary.NoStatistic, false, salary.Unspecified, "$92,233,720,368,547,758.07"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			r, err := salary.Parse(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.cur, r.Currency())
			assert.Equal(t, salary.FromMinorUnits(tt.min, tt.cur), r.Min())
			assert.Equal(t, salary.FromMinorUnits(tt.max, tt.cur), r.Max())
			assert.Equal(t, tt.stat, r.Statistic())
			assert.Equal(t, tt.open, r.OpenEnded())
			assert.Equal(t, tt.period, r.Period())
			assert.Equal(t, tt.str, r.String())
			assert.Equal(t, tt.stat != salary.RangeOfPay, r.IsFigure())

			back, err := salary.Parse(r.String())
			require.NoError(t, err)
			assert.Equal(t, r, back, "Parse(String()) gives the same value")
			assert.Equal(t, r, salary.MustParse(tt.in))
		})
	}
}

func TestParseIssueForms(t *testing.T) {
	for _, in := range issueForms {
		r, err := salary.Parse(in)
		require.NoError(t, err, in)
		back, err := salary.Parse(r.String())
		require.NoError(t, err, in)
		assert.Equal(t, r, back, in)
	}
}

func TestParseAttributes(t *testing.T) {
	in := `median $142,500+ per year; region="United States"; year=2024; source="it-director-roles-skills-salary"`
	r, err := salary.Parse(in)
	require.NoError(t, err)
	assert.Equal(t, "United States", r.Region())
	assert.Equal(t, 2024, r.Year())
	assert.Equal(t, "it-director-roles-skills-salary", r.Source())
	assert.Equal(t, salary.Median, r.Statistic())
	assert.True(t, r.OpenEnded())
	assert.Equal(t, in, r.String())

	// Any order; the String form is in a fixed order.
	r2, err := salary.Parse(`median $142,500+ per year;source="it-director-roles-skills-salary" ; year=2024;region="United States"`)
	require.NoError(t, err)
	assert.Equal(t, r, r2)

	// Escapes round-trip.
	r3, err := salary.Parse(`$1; region="a\"b;c\n\xff"`)
	require.NoError(t, err)
	assert.Equal(t, "a\"b;c\n\xff", r3.Region())
	assert.Equal(t, r3, salary.MustParse(r3.String()))

	r4, err := salary.Parse(`$1; year=-44`)
	require.NoError(t, err)
	assert.Equal(t, -44, r4.Year())
	r5, err := salary.Parse(`$1; year=0`)
	require.NoError(t, err)
	assert.Equal(t, "$1", r5.String(), "year 0 is not given")
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		in     string
		sent   error
		offset int
		why    string // a fragment of the message
	}{
		{"", salary.ErrNoFigure, 0, "the text is empty; expected an amount such as"},
		{"   ", salary.ErrNoFigure, 3, "the text is empty"},
		{"150000", salary.ErrUnknownCurrency, 0, "expected a currency"},
		{"150,000 - 250,000", salary.ErrUnknownCurrency, 0, "expected a currency"},
		{"€5.000", salary.ErrSyntax, 3, `ambiguous decimal separator: "5.000" could mean 5.000 or 5,000`},
		{"$1.234", salary.ErrSyntax, 1, "ambiguous"},
		{"JPY 1.500", salary.ErrSyntax, 4, "ambiguous"},
		{"$150.000 - $250.000", salary.ErrSyntax, 1, "ambiguous"},
		{"1.234.567 EUR", salary.ErrSyntax, 5, "dots as thousands separators"},
		{"1.234,56 EUR", salary.ErrSyntax, 5, "one decimal point"},
		{"€1,5", salary.ErrSyntax, 4, "three digits after a thousands comma"},
		{"$1,2345", salary.ErrSyntax, 2, "three digits after a thousands comma"},
		{"$1234,567", salary.ErrSyntax, 1, "one to three digits"},
		{"$0,500", salary.ErrSyntax, 1, "not starting with 0"},
		{"$1.005", salary.ErrSyntax, 1, "ambiguous"},
		{"$1,000.005", salary.ErrRange, 1, "more decimal places than USD, which has 2"},
		{"$0.001", salary.ErrRange, 1, "more decimal places than USD"},
		{"JPY 1.5", salary.ErrRange, 4, "more decimal places than JPY, which has 0"},
		{"BHD 1.0005", salary.ErrRange, 4, "more decimal places than BHD, which has 3"},
		{"$92,233,720,368,547,758.08", salary.ErrRange, 1, "too large"},
		{"$99,999,999,999,999,999,999", salary.ErrRange, 1, "too large"},
		{"$10,000,000,000,000,000M", salary.ErrRange, 1, "too large"},
		{"$200 - $100", salary.ErrRange, 8, "the low figure $200 is above the high figure $100"},
		{"¥5,000", salary.ErrUnknownCurrency, 0, "yen and the yuan"},
		{"XYZ 5", salary.ErrUnknownCurrency, 0, `"XYZ" is not an ISO 4217`},
		{"5 XYZ", salary.ErrUnknownCurrency, 2, `"XYZ" is not an ISO 4217`},
		{"$5 - £6", salary.ErrCurrencyMismatch, 5, "USD and GBP"},
		{"$5 EUR", salary.ErrCurrencyMismatch, 3, "both USD and EUR"},
		{"$", salary.ErrNoFigure, 0, "the text states no pay figure"},
		{"$-5", salary.ErrSyntax, 1, "expected a figure"},
		{"-$5", salary.ErrSyntax, 0, "expected a figure"},
		{"$5 -", salary.ErrSyntax, 4, "expected a figure"},
		{"$5+ - $6", salary.ErrSyntax, 2, `"+" belongs after the upper figure`},
		{"median $5 - $6", salary.ErrSyntax, 0, "a median is a single figure"},
		{"above $5 - $6", salary.ErrSyntax, 9, "lower bound"},
		{"$5 per fortnight", salary.ErrSyntax, 7, "hour, day, week, month or year"},
		{"$5/", salary.ErrSyntax, 3, "hour, day, week, month or year"},
		{"$5 an annum", salary.ErrSyntax, 6, "hour, day, week, month or year"},
		{"$5 dollars", salary.ErrSyntax, 3, `" - " and a second figure`},
		{"$5 per year extra", salary.ErrSyntax, 12, "the end of the text"},
		{"U.S. 5", salary.ErrSyntax, 5, `"$" after "U.S."`},
		{"$5; colour=\"red\"", salary.ErrSyntax, 4, "region=, year=, source= or note="},
		{"$5; region=US", salary.ErrSyntax, 11, "double-quoted string"},
		{"$5; region=`US`", salary.ErrSyntax, 11, "double-quoted string"},
		{"$5; region=\"US", salary.ErrSyntax, 11, "double-quoted string"},
		{"$5; year=twenty", salary.ErrSyntax, 9, "a year"},
		{"$5; year=99999999999999999999", salary.ErrSyntax, 9, "a year"},
		{"$5; year 2024", salary.ErrSyntax, 8, `"=" after year`},
		{"$5; year=1; year=2", salary.ErrSyntax, 12, "year is given twice"},
		{"$5;", salary.ErrSyntax, 3, "region=, year=, source= or note="},
		{"$5k5", salary.ErrSyntax, 3, "the end of the text"},
		{"$5kg", salary.ErrSyntax, 2, `" - " and a second figure`},
		{"USDX 5", salary.ErrSyntax, 0, "expected a figure"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			r, err := salary.Parse(tt.in)
			require.Error(t, err)
			assert.True(t, r.IsZero(), "a failed parse returns the zero Range")
			assert.ErrorIs(t, err, tt.sent)
			for _, other := range []error{salary.ErrSyntax, salary.ErrRange, salary.ErrUnknownCurrency, salary.ErrCurrencyMismatch} {
				if other != tt.sent && !(tt.sent == salary.ErrNoFigure && other == salary.ErrSyntax) {
					assert.NotErrorIs(t, err, other)
				}
			}
			var pe *salary.ParseError
			require.ErrorAs(t, err, &pe)
			assert.Equal(t, tt.in, pe.Input)
			assert.Equal(t, "Parse", pe.Func)
			assert.Equal(t, tt.offset, pe.Offset, "offset")
			assert.Contains(t, err.Error(), tt.why)
			assert.True(t, strings.HasPrefix(err.Error(), "pay "+strconv.Quote(tt.in)+": column "), err.Error())
			assert.NotContains(t, err.Error(), "salary:", "no package prefix in user text")
			assert.Panics(t, func() { salary.MustParse(tt.in) })
		})
	}
}

func TestParseMoney(t *testing.T) {
	tests := []struct {
		in   string
		want salary.Money
	}{
		{"USD 150,000.00", cents(15_000_000)},
		{"$150,000", cents(15_000_000)},
		{"150000 USD", cents(15_000_000)},
		{"$142.5k", cents(14_250_000)},
		{"USD -0.01", cents(-1)},
		{"-$5", cents(-500)},
		{"-USD 5", cents(-500)},
		{"$-5", cents(-500)},
		{"JPY 5,000,000", salary.FromMinorUnits(5_000_000, jpy)},
		{"BHD 1,234.500", salary.FromMinorUnits(1_234_500, bhd)},
		{"BHD -1.500", salary.FromMinorUnits(-1_500, bhd)},
		{"USD 92,233,720,368,547,758.07", cents(math.MaxInt64)},
		{"USD -92,233,720,368,547,758.08", cents(math.MinInt64)},
		{"-$92,233,720,368,547,758.08", cents(math.MinInt64)},
		{"JPY -9,223,372,036,854,775,808", salary.FromMinorUnits(math.MinInt64, jpy)},
		{"0", salary.Money{}},
		{"USD 0.00", cents(0)},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			m, err := salary.ParseMoney(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.want, m)
			assert.Equal(t, m, salary.MustParseMoney(m.String()), "String round-trips")
			assert.Equal(t, m, salary.MustParseMoney(m.Short()), "Short round-trips")

			b, err := m.MarshalText()
			require.NoError(t, err)
			var back salary.Money
			require.NoError(t, back.UnmarshalText(b))
			assert.Equal(t, m, back)
		})
	}
	for _, in := range []string{"", "5", "$5+", "$5 per year", "USD 92,233,720,368,547,758.08", "--$5", "$5 - $6", "0.00", "¥5"} {
		_, err := salary.ParseMoney(in)
		require.Error(t, err, in)
		var pe *salary.ParseError
		require.ErrorAs(t, err, &pe, in)
		assert.Equal(t, "ParseMoney", pe.Func)
		assert.Equal(t, in, pe.Input)
		assert.Panics(t, func() { salary.MustParseMoney(in) })
	}
}

func TestParseErrorUnwrap(t *testing.T) {
	_, err := salary.Parse("€5.000")
	var pe *salary.ParseError
	require.True(t, errors.As(err, &pe))
	assert.Equal(t, salary.ErrSyntax, errors.Unwrap(err))
	assert.Equal(t, `pay "€5.000": column 2: ambiguous decimal separator: "5.000" could mean 5.000 or 5,000; write 5,000 for thousands`, err.Error())
}
