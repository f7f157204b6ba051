package salary_test

import (
	"encoding/csv"
	"errors"
	"io"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel/salary"
)

// oews1252 is BLS OEWS May 2024, national, 15-1252 Software Developers,
// annual wages (national_M2024_dl.csv).
func oews1252(t testing.TB) salary.Distribution {
	t.Helper()
	d, err := salary.NewDistribution(salary.Annual,
		salary.Point{Percentile: 10, Value: dollars(79_850)},
		salary.Point{Percentile: 25, Value: dollars(103_050)},
		salary.Point{Percentile: 50, Value: dollars(133_080)},
		salary.Point{Percentile: 75, Value: dollars(169_000)},
		salary.Point{Percentile: 90, Value: dollars(211_450)},
	)
	require.NoError(t, err)
	return d
}

// oews3021 is 11-3021 Computer and Information Systems Managers, whose 90th
// percentile OEWS writes "#": $239,200 a year or more.
func oews3021(t testing.TB) salary.Distribution {
	t.Helper()
	var fs []salary.Range
	for _, s := range []string{"p90 $239,200+ per year", "p10 $104,450 per year", "p25 $134,350 per year", "median $171,200 per year", "p75 $216,220 per year"} {
		fs = append(fs, salary.MustParse(s))
	}
	d, err := salary.DistributionOf(fs...)
	require.NoError(t, err)
	return d
}

func TestDistributionPercentileOf(t *testing.T) {
	sd, cism := oews1252(t), oews3021(t)
	tests := []struct {
		d        salary.Distribution
		pay      int64 // dollars
		str      string
		pct      float64 // when exact
		exact    bool
		low, top float64
	}{
		{sd, 50_000, "below the 10th percentile", 0, false, 0, 10},
		{sd, 79_850, "the 10th percentile", 10, true, 10, 10},
		{sd, 133_080, "the 50th percentile", 50, true, 50, 50},
		// Halfway between the median and the 75th: the 62.5th.
		{sd, 151_040, "the 63rd percentile", 62.5, true, 62.5, 62.5},
		{sd, 140_000, "the 55th percentile", 50 + 25*6_920.0/35_920, true, 50 + 25*6_920.0/35_920, 50 + 25*6_920.0/35_920},
		{sd, 211_450, "the 90th percentile", 90, true, 90, 90},
		{sd, 211_451, "above the 90th percentile", 0, false, 90, 100},
		{sd, 0, "below the 10th percentile", 0, false, 0, 10},

		{cism, 104_449, "below the 10th percentile", 0, false, 0, 10},
		{cism, 171_200, "the 50th percentile", 50, true, 50, 50},
		{cism, 216_220, "the 75th percentile", 75, true, 75, 75},
		// Below the top-coded 90th: between, not interpolated.
		{cism, 230_000, "between the 75th and 90th percentiles", 0, false, 75, 90},
		{cism, 239_200, "between the 75th and 90th percentiles", 0, false, 75, 90},
		// At or above the top code: the true 90th may be higher still.
		{cism, 250_000, "above the 75th percentile", 0, false, 75, 100},
	}
	for _, tt := range tests {
		pos, err := tt.d.PercentileOf(dollars(tt.pay))
		require.NoError(t, err)
		assert.Equal(t, tt.str, pos.String(), "$%d", tt.pay)
		pct, ok := pos.Percentile()
		assert.Equal(t, tt.exact, ok, "$%d", tt.pay)
		assert.InDelta(t, tt.pct, pct, 1e-9, "$%d", tt.pay)
		lo, hi := pos.Bounds()
		assert.InDelta(t, tt.low, lo, 1e-9, "$%d", tt.pay)
		assert.InDelta(t, tt.top, hi, 1e-9, "$%d", tt.pay)
		assert.False(t, pos.IsZero())
	}
}

func TestDistributionAt(t *testing.T) {
	sd, cism := oews1252(t), oews3021(t)
	for _, tt := range []struct {
		d    salary.Distribution
		p    float64
		want int64 // cents
	}{
		{sd, 10, 7_985_000},
		{sd, 50, 13_308_000},
		{sd, 62.5, 15_104_000},
		{sd, 90, 21_145_000},
		// 79,850 + 23,200 × 5/15 = 87,583.333… → $87,583.33
		{sd, 15, 8_758_333},
		// 133,080 + 35,920 × 1/25 = 134,516.80
		{sd, 51, 13_451_680},
		{cism, 75, 21_622_000},
	} {
		m, err := tt.d.At(tt.p)
		require.NoError(t, err, tt.p)
		assert.Equal(t, salary.FromMinorUnits(tt.want, usd), m, "At(%v)", tt.p)
	}

	for _, tt := range []struct {
		d    salary.Distribution
		p    float64
		sent error
		msg  string
	}{
		{sd, 5, salary.ErrRange, "the 5th percentile is outside the published ones, from the 10th to the 90th: nothing is extrapolated"},
		{sd, 95, salary.ErrRange, "the 95th percentile is outside the published ones, from the 10th to the 90th: nothing is extrapolated"},
		{sd, -1, salary.ErrRange, "percentile -1 is outside 0 to 100"},
		{sd, 101, salary.ErrRange, "percentile 101 is outside 0 to 100"},
		{sd, math.NaN(), salary.ErrRange, "percentile NaN is outside 0 to 100"},
		{cism, 90, salary.ErrTopCoded, "the 90th percentile is top-coded: $239,200 or more"},
		{cism, 80, salary.ErrTopCoded, "the 80th percentile lies between the 75th ($216,220) and the top-coded 90th ($239,200 or more): only a lower bound is known"},
		{salary.Distribution{}, 50, salary.ErrRange, "the zero Distribution has no published percentiles"},
	} {
		_, err := tt.d.At(tt.p)
		require.Error(t, err)
		assert.ErrorIs(t, err, tt.sent)
		assert.Equal(t, tt.msg, err.Error())
	}
}

// TestDistributionRoundTrip: the figure at the percentile of a pay figure
// is that pay figure, to the cent, wherever both are exact.
func TestDistributionRoundTrip(t *testing.T) {
	sd := oews1252(t)
	for pay := int64(79_850); pay <= 211_450; pay += 997 {
		pos, err := sd.PercentileOf(dollars(pay))
		require.NoError(t, err)
		p, ok := pos.Percentile()
		require.True(t, ok)
		m, err := sd.At(p)
		require.NoError(t, err)
		assert.InDelta(t, float64(pay*100), float64(m.MinorUnits()), 1, "$%d at %v", pay, p)
	}
	for p := 10.0; p <= 90; p += 0.25 {
		m, err := sd.At(p)
		require.NoError(t, err)
		pos, err := sd.PercentileOf(m)
		require.NoError(t, err)
		got, ok := pos.Percentile()
		require.True(t, ok)
		assert.InDelta(t, p, got, 1e-3, "At(%v) = %v", p, m)
	}
}

func TestDistributionTies(t *testing.T) {
	// Hourly wages at a legal minimum can share a value across percentiles.
	d, err := salary.NewDistribution(salary.Hourly,
		salary.Point{Percentile: 10, Value: salary.FromMinorUnits(725, usd)},
		salary.Point{Percentile: 25, Value: salary.FromMinorUnits(725, usd)},
		salary.Point{Percentile: 50, Value: salary.FromMinorUnits(1_000, usd)},
	)
	require.NoError(t, err)
	pos, err := d.PercentileOf(salary.FromMinorUnits(725, usd))
	require.NoError(t, err)
	assert.Equal(t, "between the 10th and 25th percentiles", pos.String())
	m, err := d.At(20)
	require.NoError(t, err)
	assert.Equal(t, salary.FromMinorUnits(725, usd), m)

	// Every point top-coded: pay at or above the code is not placed.
	all, err := salary.NewDistribution(salary.Annual, salary.Point{Percentile: 50, Value: dollars(239_200), AtLeast: true}, salary.Point{Percentile: 90, Value: dollars(239_200), AtLeast: true})
	require.NoError(t, err)
	pos, err = all.PercentileOf(dollars(300_000))
	require.NoError(t, err)
	assert.Equal(t, "not placed by the published percentiles", pos.String())
	lo, hi := pos.Bounds()
	assert.Equal(t, [2]float64{0, 100}, [2]float64{lo, hi})
	pos, err = all.PercentileOf(dollars(100_000))
	require.NoError(t, err)
	assert.Equal(t, "below the 50th percentile", pos.String())

	// A closed point equal to the top code, followed by a top-coded one.
	edge, err := salary.NewDistribution(salary.Annual, salary.Point{Percentile: 75, Value: dollars(239_200)}, salary.Point{Percentile: 90, Value: dollars(239_200), AtLeast: true})
	require.NoError(t, err)
	pos, err = edge.PercentileOf(dollars(239_200))
	require.NoError(t, err)
	assert.Equal(t, "between the 75th and 90th percentiles", pos.String())
}

func TestDistributionErrors(t *testing.T) {
	p := func(pct float64, v salary.Money) salary.Point { return salary.Point{Percentile: pct, Value: v} }
	tests := []struct {
		name   string
		period salary.Period
		points []salary.Point
		sent   error
		msg    string
	}{
		{"none", salary.Annual, nil, salary.ErrRange, "a distribution needs at least one published percentile"},
		{"order", salary.Annual, []salary.Point{p(50, dollars(5)), p(25, dollars(6))}, salary.ErrRange, "point 1 (25th percentile) comes after the 50th: expected points in increasing order of percentile"},
		{"twice", salary.Annual, []salary.Point{p(50, dollars(5)), p(50, dollars(5))}, salary.ErrRange, "point 1 (50th percentile) comes after the 50th: expected points in increasing order of percentile"},
		{"decreasing", salary.Annual, []salary.Point{p(25, dollars(5)), p(50, dollars(4))}, salary.ErrRange, "point 1 (50th percentile): $4 is below the 25th percentile's $5: expected values that do not decrease"},
		{"exact after top-coded", salary.Annual, []salary.Point{{Percentile: 75, Value: dollars(239_200), AtLeast: true}, p(90, dollars(300_000))}, salary.ErrRange, "point 1 (90th percentile) is stated exactly after the top-coded 75th: every point after a top-coded one is top-coded too"},
		{"range", salary.Annual, []salary.Point{p(125, dollars(5))}, salary.ErrRange, "point 0: percentile 125 is outside 0 to 100"},
		{"NaN", salary.Annual, []salary.Point{p(math.NaN(), dollars(5))}, salary.ErrRange, "point 0: percentile NaN is outside 0 to 100"},
		{"negative", salary.Annual, []salary.Point{p(10, dollars(-5))}, salary.ErrRange, "point 0 (10th percentile): pay cannot be negative, got -$5"},
		{"currencies", salary.Annual, []salary.Point{p(10, dollars(5)), p(50, salary.FromMinorUnits(600, gbp))}, salary.ErrCurrencyMismatch, "point 1 (50th percentile) is in GBP, point 0 in USD: a distribution is in one currency"},
		{"no currency", salary.Annual, []salary.Point{p(10, salary.Money{})}, salary.ErrUnknownCurrency, "point 0 (10th percentile): the value has no currency"},
		{"period", salary.Period(9), []salary.Point{p(10, dollars(5))}, salary.ErrUnknownPeriod, "Period(9) is not a pay period"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := salary.NewDistribution(tt.period, tt.points...)
			require.Error(t, err)
			assert.True(t, d.IsZero())
			assert.ErrorIs(t, err, tt.sent)
			assert.Equal(t, tt.msg, err.Error())
			var ve *salary.ValueError
			require.ErrorAs(t, err, &ve)
			assert.Equal(t, "NewDistribution", ve.Func)
		})
	}

	figures := func(ss ...string) []salary.Range {
		var rs []salary.Range
		for _, s := range ss {
			rs = append(rs, salary.MustParse(s))
		}
		return rs
	}
	for _, tt := range []struct {
		figures []salary.Range
		sent    error
		msg     string
	}{
		{nil, salary.ErrRange, "no figures: a distribution needs at least one published percentile"},
		{figures("average $5", "p10 $5"), salary.ErrUnknownStatistic, `figure 0 ("average $5") is an average, not a percentile`},
		{figures("p10 $5", "$5 - $6"), salary.ErrUnknownStatistic, `figure 1 ("$5 - $6") is a range of pay, not a percentile`},
		{figures("$5"), salary.ErrUnknownStatistic, `figure 0 ("$5") states no statistic, not a percentile`},
		{figures("median up to $5"), salary.ErrRange, `figure 0 ("median up to $5") is stated as an upper bound, which places no percentile`},
		{figures("median $5", "p50 $5"), salary.ErrRange, "two figures state the 50th percentile"},
		{figures("p10 $5", "p50 €6"), salary.ErrCurrencyMismatch, "figure 1 is in EUR, figure 0 in USD: a distribution is in one currency"},
		{figures("p10 $5/hr", "p50 $6"), salary.ErrPeriodMismatch, "figure 1 is for an unstated period, figure 0 hourly; convert them to one period first"},
		{figures("p10 $5", "p50 $4"), salary.ErrRange, "point 1 (50th percentile): $4 is below the 10th percentile's $5: expected values that do not decrease"},
		{[]salary.Range{{}}, salary.ErrRange, "figure 0 is the zero Range"},
	} {
		_, err := salary.DistributionOf(tt.figures...)
		require.Error(t, err)
		assert.ErrorIs(t, err, tt.sent)
		assert.Equal(t, tt.msg, err.Error())
		var ve *salary.ValueError
		require.ErrorAs(t, err, &ve)
		assert.Equal(t, "DistributionOf", ve.Func)
	}

	// Pay the distribution cannot place.
	sd := oews1252(t)
	_, err := sd.PercentileOf(salary.FromMinorUnits(14_000_000, gbp))
	assert.ErrorIs(t, err, salary.ErrCurrencyMismatch)
	_, err = sd.PercentileOf(dollars(-1))
	assert.ErrorIs(t, err, salary.ErrRange)
	_, err = salary.Distribution{}.PercentileOf(dollars(1))
	assert.ErrorIs(t, err, salary.ErrRange)
}

func TestDistributionValue(t *testing.T) {
	d := oews3021(t)
	assert.Equal(t, "p10 $104,450, p25 $134,350, p50 $171,200, p75 $216,220, p90 $239,200+ per year", d.String())
	assert.Equal(t, usd, d.Currency())
	assert.Equal(t, salary.Annual, d.Period())
	pts := d.Points()
	require.Len(t, pts, 5)
	assert.Equal(t, salary.Point{Percentile: 90, Value: dollars(239_200), AtLeast: true}, pts[4])
	pts[0].Value = dollars(1)
	assert.Equal(t, dollars(104_450), d.Points()[0].Value, "Points returns a copy")

	var z salary.Distribution
	assert.True(t, z.IsZero())
	assert.Equal(t, "", z.String())
	assert.Nil(t, z.Points())
	var pos salary.Position
	assert.True(t, pos.IsZero())
	assert.Equal(t, "", pos.String())
	_, ok := pos.Percentile()
	assert.False(t, ok)

	for s, want := range map[salary.Statistic]float64{salary.P10: 10, salary.P25: 25, salary.Median: 50, salary.P50: 50, salary.P75: 75, salary.P90: 90} {
		got, ok := s.Percentile()
		assert.True(t, ok, s.String())
		assert.Equal(t, want, got, s.String())
	}
	for _, s := range []salary.Statistic{salary.NoStatistic, salary.RangeOfPay, salary.Average, salary.Statistic(200)} {
		_, ok := s.Percentile()
		assert.False(t, ok, s.String())
	}

	// Ordinals in the text.
	one, err := salary.NewDistribution(salary.Unspecified,
		salary.Point{Percentile: 1, Value: dollars(1)}, salary.Point{Percentile: 2, Value: dollars(2)},
		salary.Point{Percentile: 3, Value: dollars(3)}, salary.Point{Percentile: 11, Value: dollars(11)},
		salary.Point{Percentile: 12.5, Value: dollars(12)}, salary.Point{Percentile: 22, Value: dollars(22)},
		salary.Point{Percentile: 100, Value: dollars(100)})
	require.NoError(t, err)
	for pay, want := range map[int64]string{0: "below the 1st percentile", 2: "the 2nd percentile", 3: "the 3rd percentile", 11: "the 11th percentile", 12: "the 13th percentile", 22: "the 22nd percentile", 100: "the 100th percentile", 101: "above the 100th percentile"} {
		pos, err := one.PercentileOf(dollars(pay))
		require.NoError(t, err)
		assert.Equal(t, want, pos.String(), "$%d", pay)
	}
	_, err = one.At(12.5)
	require.NoError(t, err)
	assert.Equal(t, "p1 $1, p2 $2, p3 $3, p11 $11, p12.5 $12, p22 $22, p100 $100", one.String())
}

// TestDistributionOEWSFile builds the annual distribution of every detailed
// occupation in the OEWS May 2024 national file and checks the answers
// against its own points: each published percentile places its own wage exactly
// (or, where BLS publishes two equal percentiles, between them), a wage
// between two points falls between their percentiles, and top-coded ("#")
// points are lower bounds. 11-3021's median is $171,200.
func TestDistributionOEWSFile(t *testing.T) {
	path := filepath.Join("..", "..", "shared", "data", "bls", "oews-national-2024", "national_M2024_dl.csv")
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		t.Skipf("skipping: %s is absent (the real data lives in ../shared/data; see its README)", path)
	}
	require.NoError(t, err)
	defer f.Close()
	r := csv.NewReader(f)
	header, err := r.Read()
	require.NoError(t, err)
	col := map[string]int{}
	for i, h := range header {
		col[h] = i
	}
	cols := []string{"A_PCT10", "A_PCT25", "A_MEDIAN", "A_PCT75", "A_PCT90"}
	pcts := []float64{10, 25, 50, 75, 90}
	built, topCoded, ties := 0, 0, 0
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		require.NoError(t, err)
		if rec[col["O_GROUP"]] != "detailed" {
			continue
		}
		var pts []salary.Point
		for i, c := range cols {
			v := rec[col[c]]
			switch v {
			case "*", "**":
				continue
			case "#":
				pts = append(pts, salary.Point{Percentile: pcts[i], Value: dollars(239_200), AtLeast: true})
				continue
			}
			m, err := salary.MustParseAmount(v).In(usd)
			require.NoError(t, err)
			pts = append(pts, salary.Point{Percentile: pcts[i], Value: m})
		}
		if len(pts) == 0 {
			continue
		}
		d, err := salary.NewDistribution(salary.Annual, pts...)
		require.NoError(t, err, rec[col["OCC_CODE"]])
		built++
		code := rec[col["OCC_CODE"]]
		for i, pt := range pts {
			if pt.AtLeast {
				topCoded++
				_, err := d.At(pt.Percentile)
				assert.ErrorIs(t, err, salary.ErrTopCoded, code)
				continue
			}
			pos, err := d.PercentileOf(pt.Value)
			require.NoError(t, err)
			lo, hi := pos.Bounds()
			assert.True(t, lo <= pt.Percentile && pt.Percentile <= hi, "%s: %v at %v", code, pt.Value, pos)
			if p, ok := pos.Percentile(); ok {
				assert.Equal(t, pt.Percentile, p, code)
			} else {
				ties++ // BLS publishes some equal percentiles: 41-9012's median and 75th are both $89,990
				assert.Equal(t, "between", pos.String()[:7], code)
			}
			if i+1 < len(pts) && !pts[i+1].AtLeast {
				mid, err := pt.Value.Add(pts[i+1].Value)
				require.NoError(t, err)
				half := salary.FromMinorUnits(mid.MinorUnits()/2, usd)
				pos, err := d.PercentileOf(half)
				require.NoError(t, err)
				lo, hi := pos.Bounds()
				assert.True(t, lo >= pt.Percentile && hi <= pts[i+1].Percentile, "%s: %v at %v", code, half, pos)
			}
		}
		if code == "11-3021" {
			m, err := d.At(50)
			require.NoError(t, err)
			assert.Equal(t, dollars(171_200), m)
			pos, err := d.PercentileOf(dollars(239_200))
			require.NoError(t, err)
			assert.Equal(t, "between the 75th and 90th percentiles", pos.String())
		}
	}
	assert.Greater(t, built, 800, "detailed occupations with annual wages")
	assert.Greater(t, topCoded, 0, "some wages are top-coded")
	assert.Greater(t, ties, 0, "some published percentiles are equal")
	t.Logf("%d distributions, %d top-coded points, %d points that share their value with another", built, topCoded, ties)
}

func TestStatisticIsCentral(t *testing.T) {
	for st, want := range map[salary.Statistic]bool{
		salary.NoStatistic: true, salary.RangeOfPay: true, salary.Average: true, salary.Median: true, salary.P50: true,
		salary.P10: false, salary.P25: false, salary.P75: false, salary.P90: false, salary.Statistic(99): false,
	} {
		assert.Equal(t, want, st.IsCentral(), "%v", st)
	}
}
