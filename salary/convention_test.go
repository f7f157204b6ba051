package salary_test

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel/salary"
)

func TestDefaultConvention(t *testing.T) {
	c := salary.DefaultConvention()
	assert.Equal(t, salary.Convention{HoursPerYear: 2080, DaysPerYear: 260, WeeksPerYear: 52, MonthsPerYear: 12}, c)
	require.NoError(t, c.Validate())

	c.HoursPerYear = 1950
	assert.Equal(t, 2080, salary.DefaultConvention().HoursPerYear, "changing a copy does not change the default")

	for p, want := range map[salary.Period]int{salary.Hourly: 2080, salary.Daily: 260, salary.Weekly: 52, salary.Monthly: 12, salary.Annual: 1} {
		n, err := salary.DefaultConvention().PerYear(p)
		require.NoError(t, err)
		assert.Equal(t, want, n, "%v", p)
	}
}

func TestConventionConvert(t *testing.T) {
	def := salary.DefaultConvention()
	uk := salary.Convention{HoursPerYear: 1950, DaysPerYear: 250, WeeksPerYear: 52, MonthsPerYear: 12}
	tests := []struct {
		name     string
		c        salary.Convention
		m        salary.Money
		from, to salary.Period
		want     salary.Money
	}{
		// 6,850¢ × 2,080 / 1 = 14,248,000¢.
		{"hourly to annual", def, cents(6850), salary.Hourly, salary.Annual, cents(14_248_000)},
		// 15,000,000 / 2,080 = 7,211.538…¢, rounds up to 7,212¢.
		{"annual to hourly", def, cents(15_000_000), salary.Annual, salary.Hourly, cents(7212)},
		// 15,000,000 / 12 = 1,250,000¢ exactly.
		{"annual to monthly", def, cents(15_000_000), salary.Annual, salary.Monthly, cents(1_250_000)},
		// 10,000 × 12 / 52 = 2,307.69…¢ → 2,308¢.
		{"monthly to weekly", def, cents(10_000), salary.Monthly, salary.Weekly, cents(2308)},
		// 1,000 × 2,080 / 260 = 8,000¢: 8 hours a day.
		{"hourly to daily", def, cents(1_000), salary.Hourly, salary.Daily, cents(8_000)},
		// 10,000 × 260 / 2,080 = 1,250¢.
		{"daily to hourly", def, cents(10_000), salary.Daily, salary.Hourly, cents(1_250)},
		// 100,000 × 52 / 12 = 433,333.33…¢ → 433,333¢ (rounds down).
		{"weekly to monthly", def, cents(100_000), salary.Weekly, salary.Monthly, cents(433_333)},
		// 26¢ / 52 = 0.5¢: a half rounds away from zero, to 1¢.
		{"half a cent rounds up", def, cents(26), salary.Annual, salary.Weekly, cents(1)},
		{"minus half a cent rounds down", def, cents(-26), salary.Annual, salary.Weekly, cents(-1)},
		// 25¢ / 52 = 0.48¢ → 0¢.
		{"under half a cent rounds to zero", def, cents(25), salary.Annual, salary.Weekly, cents(0)},
		// 78 fils / 52 = 1.5 fils → 2 fils.
		{"bhd fils", def, salary.FromMinorUnits(78, bhd), salary.Annual, salary.Weekly, salary.FromMinorUnits(2, bhd)},
		// ¥10,000,001 / 12 = 833,333.4166… → ¥833,333.
		{"jpy", def, salary.FromMinorUnits(10_000_001, jpy), salary.Annual, salary.Monthly, salary.FromMinorUnits(833_333, jpy)},
		// ¥4,000 × 2,080 = ¥8,320,000.
		{"jpy hourly", def, salary.FromMinorUnits(4_000, jpy), salary.Hourly, salary.Annual, salary.FromMinorUnits(8_320_000, jpy)},
		// 1,950 hours: 2,000¢ × 1,950 = 3,900,000¢.
		{"other convention", uk, cents(2_000), salary.Hourly, salary.Annual, cents(3_900_000)},
		{"same period", def, cents(12345), salary.Monthly, salary.Monthly, cents(12345)},
		{"zero", def, cents(0), salary.Annual, salary.Hourly, cents(0)},
		{"zero Money", def, salary.Money{}, salary.Annual, salary.Hourly, salary.Money{}},
		// MaxInt64 / 2,080 cannot overflow: 9,223,372,036,854,775,807 / 2,080 = 4,434,313,479,257,103.75 → …104.
		{"max to hourly", def, cents(math.MaxInt64), salary.Annual, salary.Hourly, cents(4_434_313_479_257_104)},
		{"min to hourly", def, cents(math.MinInt64), salary.Annual, salary.Hourly, cents(-4_434_313_479_257_104)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.c.Convert(tt.m, tt.from, tt.to)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestConventionConvertErrors(t *testing.T) {
	def := salary.DefaultConvention()

	_, err := def.Convert(cents(math.MaxInt64/2080+1), salary.Hourly, salary.Annual)
	assert.ErrorIs(t, err, salary.ErrOverflow)
	var me *salary.MoneyError
	require.ErrorAs(t, err, &me)
	assert.Equal(t, "convert", me.Op)

	got, err := def.Convert(cents(math.MaxInt64/2080), salary.Hourly, salary.Annual)
	require.NoError(t, err)
	assert.Equal(t, cents(math.MaxInt64/2080*2080), got, "the largest hourly figure that fits")

	_, err = def.Convert(cents(-(math.MaxInt64/2080 + 1)), salary.Hourly, salary.Annual)
	assert.ErrorIs(t, err, salary.ErrOverflow)

	_, err = def.Convert(cents(1), salary.Unspecified, salary.Annual)
	assert.ErrorIs(t, err, salary.ErrUnknownPeriod)
	_, err = def.Convert(cents(1), salary.Annual, salary.Period(42))
	assert.ErrorIs(t, err, salary.ErrUnknownPeriod)

	for _, c := range []salary.Convention{
		{},
		{HoursPerYear: 0, DaysPerYear: 260, WeeksPerYear: 52, MonthsPerYear: 12},
		{HoursPerYear: 2080, DaysPerYear: -1, WeeksPerYear: 52, MonthsPerYear: 12},
		{HoursPerYear: 2080, DaysPerYear: 260, WeeksPerYear: 0, MonthsPerYear: 12},
		{HoursPerYear: 2080, DaysPerYear: 260, WeeksPerYear: 52, MonthsPerYear: -12},
	} {
		require.Error(t, c.Validate(), "%+v", c)
		_, err := c.Convert(cents(100), salary.Annual, salary.Annual)
		assert.ErrorIs(t, err, salary.ErrRange, "%+v", c)
		var ce *salary.ConventionError
		require.ErrorAs(t, err, &ce)
		assert.Contains(t, err.Error(), ce.Field)
	}
	bad := def
	bad.MonthsPerYear = 0
	_, err = bad.PerYear(salary.Monthly)
	assert.ErrorIs(t, err, salary.ErrRange)
	n, err := bad.PerYear(salary.Hourly)
	require.NoError(t, err, "PerYear checks only the field it needs")
	assert.Equal(t, 2080, n)
}
