package salary_test

import (
	"encoding/json"
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel/salary"
)

func mustRange(t *testing.T, min, max salary.Money, p salary.Period) salary.Range {
	t.Helper()
	r, err := salary.NewRange(min, max, p)
	require.NoError(t, err)
	return r
}

func TestNewRange(t *testing.T) {
	r := mustRange(t, cents(15_000_000), cents(25_000_000), salary.Annual)
	assert.Equal(t, cents(15_000_000), r.Min())
	assert.Equal(t, cents(25_000_000), r.Max())
	assert.Equal(t, usd, r.Currency())
	assert.Equal(t, salary.RangeOfPay, r.Statistic())
	assert.Equal(t, salary.Annual, r.Period())
	assert.False(t, r.OpenEnded())
	assert.False(t, r.IsFigure())
	assert.False(t, r.IsZero())
	assert.Equal(t, "", r.Region())
	assert.Equal(t, 0, r.Year())
	assert.Equal(t, "", r.Source())
	assert.Equal(t, "$150,000 - $250,000 per year", r.String())

	// Zero pay is allowed, and min may equal max.
	z := mustRange(t, cents(0), cents(0), salary.Unspecified)
	assert.Equal(t, "$0 - $0", z.String())
	// The zero Money stands for zero of the other currency.
	z2 := mustRange(t, salary.Money{}, cents(100), salary.Hourly)
	assert.Equal(t, cents(0), z2.Min())
}

func TestNewRangeErrors(t *testing.T) {
	tests := []struct {
		name     string
		min, max salary.Money
		p        salary.Period
		sent     error
	}{
		{"min above max", cents(25_000_000), cents(15_000_000), salary.Annual, salary.ErrRange},
		{"negative min", cents(-1), cents(100), salary.Annual, salary.ErrRange},
		{"negative both", cents(-100), cents(-1), salary.Annual, salary.ErrRange},
		{"mixed currencies", cents(1), salary.FromMinorUnits(2, eur), salary.Annual, salary.ErrCurrencyMismatch},
		{"no currency", salary.Money{}, salary.Money{}, salary.Annual, salary.ErrUnknownCurrency},
		{"no currency nonzero", salary.FromMinorUnits(1, salary.Currency{}), salary.FromMinorUnits(2, salary.Currency{}), salary.Annual, salary.ErrUnknownCurrency},
		{"bad period", cents(1), cents(2), salary.Period(9), salary.ErrUnknownPeriod},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := salary.NewRange(tt.min, tt.max, tt.p)
			require.Error(t, err)
			assert.ErrorIs(t, err, tt.sent)
			var ve *salary.ValueError
			require.ErrorAs(t, err, &ve)
			assert.Equal(t, "NewRange", ve.Func)
			assert.NotContains(t, err.Error(), "salary:")
			assert.NotContains(t, err.Error(), "NewRange", "the function name is for programs (Func), not the text")
			assert.True(t, r.IsZero())
		})
	}
}

func TestNewFigure(t *testing.T) {
	for _, s := range []salary.Statistic{salary.NoStatistic, salary.Average, salary.Median, salary.P10, salary.P25, salary.P50, salary.P75, salary.P90} {
		r, err := salary.NewFigure(s, cents(11_894_200), salary.Annual)
		require.NoError(t, err)
		assert.Equal(t, s, r.Statistic())
		assert.Equal(t, cents(11_894_200), r.Min())
		assert.Equal(t, cents(11_894_200), r.Max())
		assert.Equal(t, cents(11_894_200), r.Midpoint())
		assert.True(t, r.IsFigure())
		assert.Equal(t, r, salary.MustParse(r.String()))
	}
	r, err := salary.NewFigure(salary.Average, cents(11_894_200), salary.Annual)
	require.NoError(t, err)
	assert.Equal(t, "average $118,942 per year", r.String())

	for _, tt := range []struct {
		s    salary.Statistic
		v    salary.Money
		p    salary.Period
		sent error
	}{
		{salary.RangeOfPay, cents(1), salary.Annual, salary.ErrUnknownStatistic},
		{salary.Statistic(99), cents(1), salary.Annual, salary.ErrUnknownStatistic},
		{salary.Median, cents(-1), salary.Annual, salary.ErrRange},
		{salary.Median, salary.Money{}, salary.Annual, salary.ErrUnknownCurrency},
		{salary.Median, cents(1), salary.Period(6), salary.ErrUnknownPeriod},
	} {
		_, err := salary.NewFigure(tt.s, tt.v, tt.p)
		assert.ErrorIs(t, err, tt.sent)
		var ve *salary.ValueError
		assert.ErrorAs(t, err, &ve)
	}
}

func TestRangeWith(t *testing.T) {
	r := salary.MustParse("$150,000 - $250,000 per year")
	r2 := r.WithRegion("United States").WithYear(2024).WithSource("key-responsibilities").WithOpenEnded(true)
	assert.Equal(t, "", r.Region(), "With returns a copy; the original is unchanged")
	assert.False(t, r.OpenEnded())
	assert.Equal(t, "United States", r2.Region())
	assert.Equal(t, 2024, r2.Year())
	assert.Equal(t, "key-responsibilities", r2.Source())
	assert.True(t, r2.OpenEnded())
	assert.Equal(t, `$150,000 - $250,000+ per year; region="United States"; year=2024; source="key-responsibilities"`, r2.String())
	assert.Equal(t, r2, salary.MustParse(r2.String()))
	assert.False(t, r.Equal(r2))
	assert.True(t, r2.Equal(salary.MustParse(r2.String())))
	assert.Equal(t, r, r2.WithRegion("").WithYear(0).WithSource("").WithOpenEnded(false))

	h, err := r.WithPeriod(salary.Hourly)
	require.NoError(t, err)
	assert.Equal(t, salary.Hourly, h.Period())
	assert.Equal(t, r.Min(), h.Min(), "WithPeriod relabels without converting")
	_, err = r.WithPeriod(salary.Period(7))
	assert.ErrorIs(t, err, salary.ErrUnknownPeriod)

	_, err = r.WithStatistic(salary.Median)
	assert.ErrorIs(t, err, salary.ErrUnknownStatistic, "a range with two figures is not a median")
	_, err = r.WithStatistic(salary.Statistic(50))
	assert.ErrorIs(t, err, salary.ErrUnknownStatistic)

	f := salary.MustParse("just above U.S. $142,500")
	m, err := f.WithStatistic(salary.Median)
	require.NoError(t, err)
	assert.Equal(t, "median $142,500+", m.String())
	rr, err := f.WithStatistic(salary.RangeOfPay)
	require.NoError(t, err)
	assert.Equal(t, "$142,500 - $142,500+", rr.String())

	// The zero Range takes no attributes.
	var z salary.Range
	assert.True(t, z.WithRegion("x").WithYear(1).WithSource("y").WithOpenEnded(true).IsZero())
	zp, err := z.WithPeriod(salary.Annual)
	require.NoError(t, err)
	assert.True(t, zp.IsZero())
	zs, err := z.WithStatistic(salary.Median)
	require.NoError(t, err)
	assert.True(t, zs.IsZero())
}

func TestRangeMidpoint(t *testing.T) {
	tests := []struct {
		in   string
		want salary.Money
	}{
		{"$150,000 - $250,000+", cents(20_000_000)}, // (150,000 + 250,000) / 2; open-ended: of the stated figures
		{"$180,000 - $275,000+", cents(22_750_000)},
		{"$118,942", cents(11_894_200)},
		{"$0.01 - $0.02", cents(2)}, // 1.5¢ rounds half away from zero to 2¢
		{"$0.01 - $0.04", cents(3)}, // 2.5¢ → 3¢
		{"$0 - $0.01", cents(1)},    // 0.5¢ → 1¢
		{"JPY 1 - JPY 2", salary.FromMinorUnits(2, jpy)},
		{"BHD 1.001 - BHD 1.002", salary.FromMinorUnits(1002, bhd)},
		{"$92,233,720,368,547,758.06 - $92,233,720,368,547,758.07", cents(math.MaxInt64)}, // no overflow
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, salary.MustParse(tt.in).Midpoint(), tt.in)
	}
	assert.True(t, salary.Range{}.Midpoint().IsZero())
}

func TestRangeContains(t *testing.T) {
	closed := salary.MustParse("$150,000 - $250,000")
	open := salary.MustParse("$150,000 - $250,000+")
	fig := salary.MustParse("median $142,500")
	above := salary.MustParse("just above $142,500")
	tests := []struct {
		r    salary.Range
		m    salary.Money
		want bool
	}{
		{closed, cents(15_000_000), true},
		{closed, cents(25_000_000), true},
		{closed, cents(14_999_999), false},
		{closed, cents(25_000_001), false},
		{open, cents(25_000_001), true},
		{open, cents(math.MaxInt64), true},
		{open, cents(14_999_999), false},
		{closed, salary.FromMinorUnits(20_000_000, eur), false},
		{closed, salary.Money{}, false},
		{fig, cents(14_250_000), true},
		{fig, cents(14_250_001), false},
		{above, cents(14_250_001), true},
		{above, cents(14_249_999), false},
		{closed, cents(-1), false},
		{salary.Range{}, salary.Money{}, false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.r.Contains(tt.m), "%v contains %v", tt.r, tt.m)
	}
}

func TestRangeAnnualized(t *testing.T) {
	c := salary.DefaultConvention()
	tests := []struct {
		in   string
		want string
	}{
		{"$68.50/hour", "$142,480 per year"},                   // 68.50 × 2,080
		{"$60 - $80 per hour", "$124,800 - $166,400 per year"}, // × 2,080
		{"€5,000 - €6,000+ per month", "€60,000 - €72,000+ per year"},
		{"$500 per day", "$130,000 per year"}, // × 260
		{"$2,000 per week", "$104,000 per year"},
		{"$150,000 per year", "$150,000 per year"},
		{`median $40 per hour; region="UK"; year=2024; source="x"`, `median $83,200 per year; region="UK"; year=2024; source="x"`},
	}
	for _, tt := range tests {
		a, err := salary.MustParse(tt.in).Annualized(c)
		require.NoError(t, err, tt.in)
		assert.Equal(t, tt.want, a.String(), tt.in)
	}

	h, err := salary.MustParse("$150,000 - $250,000 per year").Per(salary.Hourly, c)
	require.NoError(t, err)
	// 15,000,000 / 2,080 = 7,211.54¢ → $72.12; 25,000,000 / 2,080 = 12,019.23¢ → $120.19.
	assert.Equal(t, "$72.12 - $120.19 per hour", h.String())

	_, err = salary.MustParse("$150,000").Annualized(c)
	assert.ErrorIs(t, err, salary.ErrUnknownPeriod, "a range whose period is not stated cannot be annualized")
	_, err = salary.MustParse("$1 per hour").Annualized(salary.Convention{})
	assert.ErrorIs(t, err, salary.ErrRange)
	_, err = salary.MustParse("$50,000,000,000,000,000 per hour").Annualized(c)
	assert.ErrorIs(t, err, salary.ErrOverflow)
	z, err := salary.Range{}.Annualized(c)
	require.NoError(t, err)
	assert.True(t, z.IsZero())
}

func TestRangeText(t *testing.T) {
	var z salary.Range
	assert.Equal(t, "", z.String())
	b, err := z.MarshalText()
	require.NoError(t, err)
	assert.Empty(t, b)
	r := salary.MustParse("$1")
	require.NoError(t, r.UnmarshalText(nil))
	assert.True(t, r.IsZero())

	type doc struct {
		Pay salary.Range `json:"pay"`
	}
	in := doc{Pay: salary.MustParse(`$150,000 - $250,000+ per year; source="a"`)}
	js, err := json.Marshal(in)
	require.NoError(t, err)
	assert.JSONEq(t, `{"pay":"$150,000 - $250,000+ per year; source=\"a\""}`, string(js))
	var out doc
	require.NoError(t, json.Unmarshal(js, &out))
	assert.Equal(t, in, out)

	r = salary.MustParse("$1")
	err = r.UnmarshalText([]byte("€5.000"))
	assert.ErrorIs(t, err, salary.ErrSyntax)
	assert.Equal(t, salary.MustParse("$1"), r, "a failed unmarshal leaves the value unchanged")

	// Comparable: usable as a map key.
	m := map[salary.Range]int{}
	m[salary.MustParse("$150K–$250K")]++
	m[salary.MustParse("$150,000 - $250,000")]++
	assert.Len(t, m, 1)
}

func TestFromAmounts(t *testing.T) {
	a := salary.MustParseAmount
	r, err := salary.FromAmounts(salary.RangeOfPay, usd, a("150000"), a("250000"), a("200000"), true, salary.Annual)
	require.NoError(t, err)
	assert.Equal(t, salary.MustParse("$150,000 - $250,000+ per year"), r)

	r, err = salary.FromAmounts(salary.Median, usd, a("0"), a("0"), a("142500"), true, salary.Annual)
	require.NoError(t, err)
	assert.Equal(t, salary.MustParse("median just above $142,500 per year"), r)

	r, err = salary.FromAmounts(salary.Average, jpy, a("0"), a("0"), a("5000000"), false, salary.Annual)
	require.NoError(t, err)
	assert.Equal(t, "average JPY 5,000,000 per year", r.String())

	_, err = salary.FromAmounts(salary.RangeOfPay, usd, a("250000"), a("150000"), a("0"), false, salary.Annual)
	assert.ErrorIs(t, err, salary.ErrRange)
	_, err = salary.FromAmounts(salary.RangeOfPay, usd, a("1.005"), a("2"), a("0"), false, salary.Annual)
	assert.ErrorIs(t, err, salary.ErrRange)
	_, err = salary.FromAmounts(salary.RangeOfPay, jpy, a("1"), a("2.5"), a("0"), false, salary.Annual)
	assert.ErrorIs(t, err, salary.ErrRange)
	_, err = salary.FromAmounts(salary.Median, jpy, a("0"), a("0"), a("0.5"), false, salary.Annual)
	assert.ErrorIs(t, err, salary.ErrRange)
	_, err = salary.FromAmounts(salary.Median, salary.Currency{}, a("0"), a("0"), a("5"), false, salary.Annual)
	assert.ErrorIs(t, err, salary.ErrUnknownCurrency)
	_, err = salary.FromAmounts(salary.Statistic(77), usd, a("0"), a("0"), a("5"), false, salary.Annual)
	assert.ErrorIs(t, err, salary.ErrUnknownStatistic)
}
