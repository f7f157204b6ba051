package salary_test

import (
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel/salary"
)

// TestErrorText reads every kind of error the package gives as the person
// who gets it would: no package prefix, no Go syntax (quoted slices,
// function names), no message that repeats itself, enumerations written out
// for people, and the sentinel still reachable with errors.Is.
func TestErrorText(t *testing.T) {
	band := salary.MustParseBand("$1-$2, midpoint $1.5")
	conv := salary.DefaultConvention()
	tests := []struct {
		name string
		err  func() error
		sent error
		want string
	}{
		{"amount negative", func() error { _, err := salary.ParseAmount("-5"); return err }, salary.ErrRange,
			`amount "-5": a pay figure cannot be negative`},
		{"amount syntax", func() error { _, err := salary.ParseAmount("1e5"); return err }, salary.ErrSyntax,
			`amount "1e5": expected digits with an optional decimal point, such as 150000 or 68.50, without sign, separators or exponent`},
		{"amount too large", func() error { _, err := salary.ParseAmount("99999999999999999999"); return err }, salary.ErrRange,
			`amount "99999999999999999999": out of range (the largest figure supported is 922,337,203,685,477.5807)`},
		{"amount too precise for currency", func() error { _, err := salary.MustParseAmount("0.5").In(jpy); return err }, salary.ErrRange,
			`amount "0.5": more decimal places than JPY has (0)`},
		{"amount long input is cut", func() error { _, err := salary.ParseAmount(strings.Repeat("9", 200)); return err }, salary.ErrRange,
			`amount "` + strings.Repeat("9", 80) + `"…: out of range (the largest figure supported is 922,337,203,685,477.5807)`},
		{"currency unknown", func() error { _, err := salary.ParseCurrency("DOE"); return err }, salary.ErrUnknownCurrency,
			`"DOE" is not an ISO 4217 currency code (expected three letters such as USD, EUR or GBP)`},
		{"currency none", func() error { _, err := salary.MustParseAmount("5").In(salary.Currency{}); return err }, salary.ErrUnknownCurrency,
			`no currency is given (expected three letters such as USD, EUR or GBP)`},
		{"currency in Parse", func() error { _, err := salary.Parse("$5 - 6 DOX"); return err }, salary.ErrUnknownCurrency,
			`pay "$5 - 6 DOX": column 8: "DOX" is not an ISO 4217 currency code`},
		{"period unknown", func() error { _, err := salary.ParsePeriod("fortnightly"); return err }, salary.ErrUnknownPeriod,
			`unknown pay period "fortnightly": expected one of hourly, daily, weekly, monthly, annual`},
		{"period not stated", func() error { _, err := salary.MustParse("$5").Annualized(conv); return err }, salary.ErrUnknownPeriod,
			`the range "$5" states no pay period, so it cannot be converted to pay per year`},
		{"period not stated, to hourly", func() error { _, err := salary.MustParse("£60k-£70k DOE").Per(salary.Hourly, conv); return err }, salary.ErrUnknownPeriod,
			`the range "£60,000 - £70,000 DOE" states no pay period, so it cannot be converted to pay per hour`},
		{"period not stated, Convert", func() error {
			_, err := conv.Convert(cents(5), salary.Unspecified, salary.Annual)
			return err
		}, salary.ErrUnknownPeriod, `no pay period is stated`},
		{"period not stated, SummarizeAnnual", func() error {
			_, err := salary.SummarizeAnnual(conv, salary.MustParse("$5/hr"), salary.MustParse("$5"))
			return err
		}, salary.ErrUnknownPeriod, `the range "$5" states no pay period, so it cannot be converted to pay per year`},
		{"statistic unknown", func() error { _, err := salary.ParseStatistic("mode"); return err }, salary.ErrUnknownStatistic,
			`unknown statistic "mode": expected one of range, average, median, p10, p25, p50, p75, p90`},
		{"convention", func() error {
			_, err := salary.Convention{}.Convert(cents(5), salary.Hourly, salary.Annual)
			return err
		}, salary.ErrRange,
			`the convention's HoursPerYear is 0: expected a positive count`},
		{"money mismatch", func() error { _, err := cents(5).Add(salary.FromMinorUnits(1, eur)); return err }, salary.ErrCurrencyMismatch,
			`cannot add EUR 0.01 to USD 0.05: they are in different currencies, and no exchange rate is assumed`},
		{"money overflow", func() error { _, err := cents(math.MaxInt64).MulInt(2); return err }, salary.ErrOverflow,
			`cannot multiply USD 92,233,720,368,547,758.07: the result is too large (amounts are held as 64-bit counts of minor units)`},
		{"range min above max", func() error { _, err := salary.NewRange(cents(500), cents(100), salary.Annual); return err }, salary.ErrRange,
			`the minimum $5 is above the maximum $1`},
		{"band out of order", func() error { _, err := salary.NewBand(cents(3), cents(2), cents(1)); return err }, salary.ErrRange,
			`expected 0 < minimum <= midpoint <= maximum, got minimum $0.03, midpoint $0.02, maximum $0.01`},
		{"band currency", func() error { _, err := band.CompaRatio(salary.FromMinorUnits(1, eur)); return err }, salary.ErrCurrencyMismatch,
			`pay EUR 0.01 is not in the band's currency USD`},
		{"summary currency", func() error { _, err := salary.Summarize(salary.MustParse("$5"), salary.MustParse("€5")); return err }, salary.ErrCurrencyMismatch,
			`figure 1 is in EUR, figure 0 in USD: figures are summarized in one currency, and no exchange rate is assumed`},
		{"parse", func() error { _, err := salary.Parse("$5 - "); return err }, salary.ErrSyntax,
			`pay "$5 - ": column 6: expected a figure such as 150,000, 68.50 or 142.5k`},
		{"parse money", func() error { _, err := salary.ParseMoney("5"); return err }, salary.ErrUnknownCurrency,
			`money "5": column 1: expected a currency: a symbol such as $, £ or € or a code such as USD`},
		{"parse band", func() error { _, err := salary.ParseBand("$1 - $2, mid"); return err }, salary.ErrSyntax,
			`pay band "$1 - $2, mid": column 10: expected "midpoint"`},
		{"parse long input is cut around the problem", func() error {
			_, err := salary.Parse("$5 " + strings.Repeat("x", 100) + "\x00")
			return err
		}, salary.ErrSyntax, `pay "$5 ` + strings.Repeat("x", 77) + `"…: column 4: expected " - " and a second figure, a period such as "per year" or "/hr", a note such as "DOE" or "+ bonus", or the end of the text`},
		{"parse control characters are escaped", func() error { _, err := salary.Parse("$5\n\x1bx"); return err }, salary.ErrSyntax,
			`pay "$5\n\x1bx": column 4: expected " - " and a second figure, a period such as "per year" or "/hr", a note such as "DOE" or "+ bonus", or the end of the text`},
		{"distribution currency", func() error {
			d, err := salary.NewDistribution(salary.Annual, salary.Point{Percentile: 50, Value: cents(100)})
			require.NoError(t, err)
			_, err = d.PercentileOf(salary.FromMinorUnits(100, gbp))
			return err
		}, salary.ErrCurrencyMismatch, `pay GBP 1.00 is not in the distribution's currency USD, and no exchange rate is assumed`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.err()
			require.Error(t, err)
			assert.ErrorIs(t, err, tt.sent)
			assert.Equal(t, tt.want, err.Error())
			msg := err.Error()
			assert.NotContains(t, msg, "salary:")
			assert.NotContains(t, msg, `" "`, "no Go-quoted slice")
			assert.NotContains(t, msg, "[")
			if s := tt.sent.Error(); strings.Contains(msg, s) {
				assert.Equal(t, 1, strings.Count(msg, s), "the sentinel's text is not repeated")
			}
		})
	}
}

// TestErrorTextRepeatsNothing is the example: an unknown code in
// Parse said "not an ISO 4217 currency code" twice.
func TestErrorTextRepeatsNothing(t *testing.T) {
	_, err := salary.Parse("$5 - 6 XYZ")
	require.Error(t, err)
	assert.Equal(t, 1, strings.Count(err.Error(), "not an ISO 4217 currency code"), err.Error())
	assert.ErrorIs(t, err, salary.ErrUnknownCurrency)
}

// TestErrorTypesStillUnwrap checks that every error type keeps its fields
// and sentinel now that the text is for people.
func TestErrorTypesStillUnwrap(t *testing.T) {
	_, err := salary.NewRange(cents(5), cents(1), salary.Annual)
	var ve *salary.ValueError
	require.ErrorAs(t, err, &ve)
	assert.Equal(t, "NewRange", ve.Func)
	assert.Equal(t, salary.ErrRange, errors.Unwrap(err))

	_, err = salary.MustParse("$5").Annualized(salary.DefaultConvention())
	var pe *salary.PeriodError
	require.ErrorAs(t, err, &pe)
	assert.Equal(t, "", pe.Input)
	assert.Equal(t, salary.ErrUnknownPeriod, errors.Unwrap(err))

	// A value built by hand without Why or sentinel still prints.
	assert.Equal(t, "error", (&salary.ValueError{}).Error())
	assert.Equal(t, `pay "": column 1: error`, (&salary.ParseError{}).Error())
	assert.Equal(t, `pay "ab": column 3: invalid syntax`, (&salary.ParseError{Input: "ab", Offset: 99, Err: salary.ErrSyntax}).Error())
	assert.Equal(t, "amount \"x\": invalid syntax", (&salary.AmountError{Input: "x", Err: salary.ErrSyntax}).Error())
	assert.Equal(t, "cannot frob USD 0.01: error", (&salary.MoneyError{Op: "frob", X: cents(1)}).Error())
}

// TestExcerptInvalidUTF8 quotes long text that is not UTF-8 (found by
// FuzzUnmarshalText: every byte a continuation byte).
func TestExcerptInvalidUTF8(t *testing.T) {
	in := strings.Repeat("\xb2", 81)
	_, err := salary.ParseCurrency(in)
	require.Error(t, err)
	assert.Equal(t, `"`+strings.Repeat(`\xb2`, 77)+`"… is not an ISO 4217 currency code (expected three letters such as USD, EUR or GBP)`, err.Error())
	_, err = salary.Parse("$5 " + strings.Repeat("\xe2\x82\xac", 60))
	require.Error(t, err)
	assert.Contains(t, err.Error(), `pay "$5 €€€`)
	assert.Contains(t, err.Error(), `"…: column 4:`)
}
