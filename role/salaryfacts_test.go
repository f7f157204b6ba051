package role_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/rolemodel/rolemodel/role"
	"github.com/rolemodel/rolemodel/salary"
)

// usd is a single figure in U.S. dollars for the tests.
func usd(stat salary.Statistic, period salary.Period, v string, srcs ...string) role.Salary {
	a, err := salary.ParseAmount(v)
	if err != nil {
		panic(err)
	}
	return role.Salary{Statistic: stat, Currency: mustCurrency("USD"), Value: a, Period: period, Region: "United States", Year: 2024, Sources: srcs}
}

// TestSalaryFactsBLS: the twelve entries bls.Attach makes (six statistics,
// annual then hourly) are six facts, each stated by its annual entry.
func TestSalaryFactsBLS(t *testing.T) {
	var ss []role.Salary
	stats := []salary.Statistic{salary.P10, salary.P25, salary.Median, salary.P75, salary.P90, salary.Average}
	annual := []string{"104450", "134350", "171200", "216220", "239200", "187990"}
	hourly := []string{"50.22", "64.59", "82.31", "103.95", "115", "90.38"}
	for i, st := range stats {
		ss = append(ss, usd(st, salary.Annual, annual[i], "bls-oews-2024"))
	}
	for i, st := range stats {
		ss = append(ss, usd(st, salary.Hourly, hourly[i], "bls-oews-2024"))
	}
	facts := role.SalaryFacts(ss)
	if !assert.Len(t, facts, 6) {
		return
	}
	for i, f := range facts {
		assert.Equal(t, i, f.Index, "the annual entry states fact %d", i)
		assert.Equal(t, []int{i + 6}, f.Restated, "its hourly entry restates it")
	}
}

// TestSalaryFactsApart lists what stays apart: other sources, regions,
// years, currencies and statistics, two entries for one period, and
// ranges of pay.
func TestSalaryFactsApart(t *testing.T) {
	base := usd(salary.Median, salary.Annual, "100000", "a")
	otherSource := usd(salary.Median, salary.Hourly, "48", "b")
	otherRegion := usd(salary.Median, salary.Hourly, "48", "a")
	otherRegion.Region = "New York"
	otherYear := usd(salary.Median, salary.Hourly, "48", "a")
	otherYear.Year = 2023
	otherStat := usd(salary.Average, salary.Hourly, "48", "a")
	samePeriod := usd(salary.Median, salary.Annual, "101000", "a")
	gbp := usd(salary.Median, salary.Hourly, "48", "a")
	gbp.Currency = mustCurrency("GBP")
	rangeA := role.Salary{Statistic: salary.RangeOfPay, Currency: base.Currency, Min: mustAmount("90000"), Max: mustAmount("110000"), Period: salary.Annual, Sources: []string{"a"}}
	rangeH := role.Salary{Statistic: salary.RangeOfPay, Currency: base.Currency, Min: mustAmount("45"), Max: mustAmount("55"), Period: salary.Hourly, Sources: []string{"a"}}
	ss := []role.Salary{base, otherSource, otherRegion, otherYear, otherStat, samePeriod, gbp, rangeA, rangeH}
	facts := role.SalaryFacts(ss)
	assert.Len(t, facts, len(ss), "no two entries state one fact")
}

// TestSalaryFactsHourlyFirst: an hourly entry before the annual one is the
// restatement; a P50 restates a median; sources match in any order; an
// hourly-only fact is stated by its hourly entry.
func TestSalaryFactsHourlyFirst(t *testing.T) {
	ss := []role.Salary{
		usd(salary.P50, salary.Hourly, "48", "a", "b"),
		usd(salary.P90, salary.Hourly, "80", "a"),
		usd(salary.Median, salary.Annual, "100000", "b", "a"),
		usd(salary.Median, salary.Monthly, "8300", "a", "b"),
	}
	facts := role.SalaryFacts(ss)
	assert.Equal(t, []role.SalaryFact{{Index: 2, Restated: []int{0, 3}}, {Index: 1}}, facts)
	assert.Empty(t, role.SalaryFacts(nil))
}

func mustAmount(s string) salary.Amount {
	a, err := salary.ParseAmount(s)
	if err != nil {
		panic(err)
	}
	return a
}

func mustCurrency(code string) salary.Currency {
	c, err := salary.ParseCurrency(code)
	if err != nil {
		panic(err)
	}
	return c
}

// TestPayFacts: of OEWS's twelve entries only the annual median says what
// the role pays; a job ad's average stays beside it, and a source giving a
// median and a mean but no other percentile keeps both.
func TestPayFacts(t *testing.T) {
	var ss []role.Salary
	stats := []salary.Statistic{salary.P10, salary.P25, salary.Median, salary.P75, salary.P90, salary.Average}
	annual := []string{"104450", "134350", "171200", "216220", "239200", "187990"}
	hourly := []string{"50.22", "64.59", "82.31", "103.95", "115", "90.38"}
	for i, st := range stats {
		ss = append(ss, usd(st, salary.Annual, annual[i], "bls-oews-2024"))
	}
	for i, st := range stats {
		ss = append(ss, usd(st, salary.Hourly, hourly[i], "bls-oews-2024"))
	}
	ss = append(ss, usd(salary.Average, salary.Annual, "118942", "job-ad"))
	ss = append(ss, usd(salary.Median, salary.Annual, "140000", "survey"), usd(salary.Average, salary.Annual, "150000", "survey"))
	assert.Equal(t, []int{2, 12, 13, 14}, role.PayFacts(ss))
	assert.Empty(t, role.PayFacts(nil))
}

// TestPayDistributions: OEWS's annual and hourly percentiles are one
// distribution, per year; a source stating only a median gives none.
func TestPayDistributions(t *testing.T) {
	var ss []role.Salary
	stats := []salary.Statistic{salary.P10, salary.Median, salary.P90, salary.Average}
	for i, v := range []string{"104450", "171200", "239200", "187990"} {
		ss = append(ss, usd(stats[i], salary.Annual, v, "bls-oews-2024"))
	}
	for i, v := range []string{"50.22", "82.31", "115", "90.38"} {
		ss = append(ss, usd(stats[i], salary.Hourly, v, "bls-oews-2024"))
	}
	ss = append(ss, usd(salary.Median, salary.Annual, "140000", "survey"))
	ds, err := role.PayDistributions(ss, salary.DefaultConvention())
	if !assert.NoError(t, err) || !assert.Len(t, ds, 1) {
		return
	}
	d := ds[0]
	assert.Equal(t, []string{"bls-oews-2024"}, d.Sources)
	assert.Equal(t, "United States", d.Region)
	assert.Equal(t, 2024, d.Year)
	assert.Equal(t, "p10 $104,450, p50 $171,200, p90 $239,200 per year", d.Distribution.String())
}
