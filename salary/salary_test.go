package salary_test

import (
	"encoding/json"
	"errors"
	"math"
	"slices"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel/salary"
)

// ---- Currency ----

func TestParseCurrency(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"USD", "USD"},
		{"usd", "USD"},
		{" EUR ", "EUR"},
		{"JPY", "JPY"},
		{"GBP", "GBP"},
		{"BHD", "BHD"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			c, err := salary.ParseCurrency(tt.in)
			require.NoError(t, err)
			assert.False(t, c.IsZero())
			assert.Equal(t, tt.want, c.String())
			assert.Equal(t, salary.MustParseCurrency(tt.want), c, "a parsed currency equals the canonical one")
		})
	}
}

func TestParseCurrencyErrors(t *testing.T) {
	for _, in := range []string{"", "US", "USDX", "XYZ", "123", "   ", "U$D"} {
		t.Run(in, func(t *testing.T) {
			c, err := salary.ParseCurrency(in)
			require.Error(t, err)
			assert.True(t, c.IsZero(), "a failed parse returns the zero Currency")
			assert.ErrorIs(t, err, salary.ErrUnknownCurrency)
			var ce *salary.CurrencyError
			require.ErrorAs(t, err, &ce)
			assert.Equal(t, in, ce.Code, "the error carries the input as given")
			if in == "" {
				assert.Equal(t, "no currency is given (expected three letters such as USD, EUR or GBP)", err.Error())
			} else {
				assert.Equal(t, strconv.Quote(in)+" is not an ISO 4217 currency code (expected three letters such as USD, EUR or GBP)", err.Error())
			}
		})
	}
}

func TestMustParseCurrencyPanics(t *testing.T) {
	assert.Panics(t, func() { salary.MustParseCurrency("XYZ") })
	assert.NotPanics(t, func() { salary.MustParseCurrency("USD") })
}

func TestCurrencyDigits(t *testing.T) {
	tests := []struct {
		code string
		want int
	}{
		{"USD", 2},
		{"EUR", 2},
		{"GBP", 2},
		{"JPY", 0},
		{"BHD", 3},
	}
	for _, tt := range tests {
		t.Run(tt.code, func(t *testing.T) {
			assert.Equal(t, tt.want, salary.MustParseCurrency(tt.code).Digits())
		})
	}
	assert.Equal(t, 0, salary.Currency{}.Digits(), "zero Currency")
}

func TestCurrencySymbol(t *testing.T) {
	tests := []struct{ code, want string }{
		{"USD", "$"},
		{"GBP", "£"},
		{"EUR", "€"},
		{"JPY", "¥"},
		{"BHD", "BHD"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, salary.MustParseCurrency(tt.code).Symbol(), tt.code)
	}
	assert.Equal(t, "", salary.Currency{}.Symbol())
}

func TestCurrencyZeroValue(t *testing.T) {
	var c salary.Currency
	assert.True(t, c.IsZero())
	assert.Equal(t, "", c.String())
	b, err := c.MarshalText()
	require.NoError(t, err)
	assert.Empty(t, b)

	var back salary.Currency
	require.NoError(t, back.UnmarshalText(nil))
	assert.True(t, back.IsZero())

	// Unmarshalling empty text over a set value resets it.
	back = salary.MustParseCurrency("USD")
	require.NoError(t, back.UnmarshalText([]byte{}))
	assert.Equal(t, salary.Currency{}, back)
}

func TestCurrencyTextRoundTrip(t *testing.T) {
	for _, code := range []string{"USD", "EUR", "GBP", "JPY", "BHD"} {
		t.Run(code, func(t *testing.T) {
			c := salary.MustParseCurrency(code)
			b, err := c.MarshalText()
			require.NoError(t, err)
			assert.Equal(t, code, string(b))
			var back salary.Currency
			require.NoError(t, back.UnmarshalText(b))
			assert.Equal(t, c, back)
		})
	}
}

func TestCurrencyUnmarshalTextError(t *testing.T) {
	c := salary.MustParseCurrency("USD")
	err := c.UnmarshalText([]byte("XYZ"))
	require.Error(t, err)
	assert.ErrorIs(t, err, salary.ErrUnknownCurrency)
	assert.Equal(t, salary.MustParseCurrency("USD"), c, "a failed unmarshal leaves the value unchanged")
}

func TestCurrencyAsMapKey(t *testing.T) {
	m := map[salary.Currency]int{}
	m[salary.MustParseCurrency("USD")]++
	m[salary.MustParseCurrency("usd")]++
	m[salary.MustParseCurrency(" USD ")]++
	assert.Equal(t, map[salary.Currency]int{salary.MustParseCurrency("USD"): 3}, m)
}

// ---- Amount ----

func TestParseAmount(t *testing.T) {
	tests := []struct {
		in     string
		want   string // String form
		minUSD int64  // value in US cents, or -1 when not a whole number of cents
	}{
		{"0", "0", 0},
		{"150000", "150000", 15_000_000},
		{"142500.00", "142500", 14_250_000},
		{"68.5", "68.5", 6850},
		{"68.50", "68.5", 6850},
		{"0.0001", "0.0001", -1},
		{"1.005", "1.005", -1},
		{"007", "7", 700},
		{"0.10", "0.1", 10},
		{"922337203685477.5807", "922337203685477.5807", -1},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			a, err := salary.ParseAmount(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.want, a.String())
			assert.Equal(t, salary.MustParseAmount(tt.want), a, "canonical and written forms parse to the same Amount")
			assert.Equal(t, tt.in == "0", a.IsZero())
			m, err := a.In(salary.MustParseCurrency("USD"))
			if tt.minUSD < 0 {
				assert.Error(t, err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.minUSD, m.MinorUnits())
		})
	}
}

func TestParseAmountMax(t *testing.T) {
	a, err := salary.ParseAmount("922337203685477.5807")
	require.NoError(t, err)
	whole, err := salary.AmountOf(salary.MaxAmount)
	require.NoError(t, err)
	assert.Equal(t, 1, a.Compare(whole))
	assert.Equal(t, "922337203685477", whole.String())

	// One ten-thousandth more overflows.
	_, err = salary.ParseAmount("922337203685477.5808")
	assert.ErrorIs(t, err, salary.ErrRange)
	_, err = salary.ParseAmount("922337203685478")
	assert.ErrorIs(t, err, salary.ErrRange)
}

func TestParseAmountErrors(t *testing.T) {
	tests := []struct {
		in      string
		sent    error
		message string // a fragment the message must contain
	}{
		{"", salary.ErrSyntax, "expected a number"},
		{"-5", salary.ErrRange, "negative"},
		{"-0", salary.ErrRange, "negative"},
		{"1e5", salary.ErrSyntax, "exponent"},
		{"1,000", salary.ErrSyntax, "separators"},
		{"+5", salary.ErrSyntax, "sign"},
		{".5", salary.ErrSyntax, "digits"},
		{"5.", salary.ErrSyntax, "digits"},
		{"1.2.3", salary.ErrSyntax, "digits"},
		{" 5", salary.ErrSyntax, "digits"},
		{"5 ", salary.ErrSyntax, "digits"},
		{"١٢", salary.ErrSyntax, "digits"}, // Arabic-Indic digits
		{"0x10", salary.ErrSyntax, "digits"},
		{"NaN", salary.ErrSyntax, "digits"},
		{"Inf", salary.ErrSyntax, "digits"},
		{"1.00001", salary.ErrRange, "4 decimal places"},
		{"99999999999999999999", salary.ErrRange, "largest"},
		{"922337203685478", salary.ErrRange, "largest"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			a, err := salary.ParseAmount(tt.in)
			require.Error(t, err)
			assert.True(t, a.IsZero(), "a failed parse returns the zero Amount")
			assert.ErrorIs(t, err, tt.sent)
			other := salary.ErrSyntax
			if tt.sent == salary.ErrSyntax {
				other = salary.ErrRange
			}
			assert.NotErrorIs(t, err, other)
			var ae *salary.AmountError
			require.ErrorAs(t, err, &ae)
			assert.Equal(t, tt.in, ae.Input)
			assert.Contains(t, err.Error(), tt.message)
			assert.Panics(t, func() { salary.MustParseAmount(tt.in) })
		})
	}
}

func TestAmountOf(t *testing.T) {
	a, err := salary.AmountOf(150000)
	require.NoError(t, err)
	assert.Equal(t, salary.MustParseAmount("150000"), a)

	z, err := salary.AmountOf(0)
	require.NoError(t, err)
	assert.True(t, z.IsZero())

	for _, n := range []int64{-1, salary.MaxAmount + 1, math.MaxInt64, math.MinInt64} {
		_, err := salary.AmountOf(n)
		assert.ErrorIs(t, err, salary.ErrRange, "%d", n)
		var ae *salary.AmountError
		assert.ErrorAs(t, err, &ae)
	}
}

func TestAmountCompare(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"1", "2", -1},
		{"2", "1", 1},
		{"68.5", "68.50", 0},
		{"0.0001", "0", 1},
		{"0", "0.0001", -1},
		{"922337203685477.5807", "922337203685477.5806", 1},
	}
	for _, tt := range tests {
		a, b := salary.MustParseAmount(tt.a), salary.MustParseAmount(tt.b)
		assert.Equal(t, tt.want, a.Compare(b), "%s vs %s", tt.a, tt.b)
		assert.Equal(t, tt.want, a.Cmp(b), "the deprecated Cmp agrees")
	}
	// Compare suits slices.SortFunc.
	as := []salary.Amount{salary.MustParseAmount("3"), salary.MustParseAmount("1"), salary.MustParseAmount("2")}
	slices.SortFunc(as, salary.Amount.Compare)
	assert.Equal(t, []salary.Amount{salary.MustParseAmount("1"), salary.MustParseAmount("2"), salary.MustParseAmount("3")}, as)
}

func TestAmountZeroValue(t *testing.T) {
	var a salary.Amount
	assert.True(t, a.IsZero())
	assert.Equal(t, "0", a.String())
	assert.Equal(t, salary.MustParseAmount("0"), a)
	assert.Equal(t, salary.MustParseAmount("0.0000"), a)
	b, err := a.MarshalText()
	require.NoError(t, err)
	assert.Equal(t, "0", string(b))
}

func TestAmountTextRoundTrip(t *testing.T) {
	for _, in := range []string{"0", "1", "68.5", "0.0001", "1234.5678", "150000", "922337203685477.5807"} {
		t.Run(in, func(t *testing.T) {
			a := salary.MustParseAmount(in)
			b, err := a.MarshalText()
			require.NoError(t, err)
			assert.Equal(t, in, string(b))
			var back salary.Amount
			require.NoError(t, back.UnmarshalText(b))
			assert.Equal(t, a, back)
		})
	}
}

func TestAmountUnmarshalTextError(t *testing.T) {
	a := salary.MustParseAmount("5")
	err := a.UnmarshalText([]byte("-5"))
	require.Error(t, err)
	assert.ErrorIs(t, err, salary.ErrRange)
	assert.Equal(t, salary.MustParseAmount("5"), a, "a failed unmarshal leaves the value unchanged")

	err = a.UnmarshalText(nil)
	assert.ErrorIs(t, err, salary.ErrSyntax, "empty text is not an Amount")
}

func TestAmountJSON(t *testing.T) {
	type doc struct {
		A salary.Amount `json:"a"`
	}
	b, err := json.Marshal(doc{A: salary.MustParseAmount("68.50")})
	require.NoError(t, err)
	assert.JSONEq(t, `{"a":68.5}`, string(b))

	for _, in := range []string{`{"a":68.5}`, `{"a":"68.5"}`, `{"a":68.50}`} {
		var d doc
		require.NoError(t, json.Unmarshal([]byte(in), &d), in)
		assert.Equal(t, salary.MustParseAmount("68.5"), d.A, in)
	}
	for _, in := range []string{`{"a":-1}`, `{"a":1e5}`, `{"a":"x"}`, `{"a":true}`} {
		var d doc
		assert.Error(t, json.Unmarshal([]byte(in), &d), in)
	}
}

func TestAmountJSONNull(t *testing.T) {
	type doc struct {
		A salary.Amount `json:"a"`
	}
	d := doc{A: salary.MustParseAmount("5")}
	require.NoError(t, json.Unmarshal([]byte(`{"a":null}`), &d))
	assert.Equal(t, salary.MustParseAmount("5"), d.A)
}

func TestAmountIn(t *testing.T) {
	tests := []struct {
		amount, cur string
		minor       int64
		str         string
	}{
		{"150000", "USD", 15_000_000, "USD 150,000.00"},
		{"68.5", "USD", 6850, "USD 68.50"},
		{"0.01", "USD", 1, "USD 0.01"},
		{"5000000", "JPY", 5_000_000, "JPY 5,000,000"},
		{"1.005", "BHD", 1005, "BHD 1.005"},
		{"1234.5", "BHD", 1_234_500, "BHD 1,234.500"},
		{"0", "EUR", 0, "EUR 0.00"},
		{"922337203685477.5807", "CLF", 9_223_372_036_854_775_807, "CLF 922,337,203,685,477.5807"},
	}
	for _, tt := range tests {
		t.Run(tt.amount+" "+tt.cur, func(t *testing.T) {
			c := salary.MustParseCurrency(tt.cur)
			m, err := salary.MustParseAmount(tt.amount).In(c)
			require.NoError(t, err)
			assert.Equal(t, tt.minor, m.MinorUnits())
			assert.Equal(t, c, m.Currency())
			assert.Equal(t, salary.FromMinorUnits(tt.minor, c), m)
			assert.Equal(t, tt.str, m.String())
			assert.False(t, m.IsZero(), "money with a currency is not the zero Money")
		})
	}
}

func TestAmountInErrors(t *testing.T) {
	tests := []struct {
		amount, cur string
		sent        error
	}{
		{"5.5", "JPY", salary.ErrRange},
		{"0.1", "JPY", salary.ErrRange},
		{"1.005", "USD", salary.ErrRange},
		{"0.0001", "EUR", salary.ErrRange},
		{"1.0005", "BHD", salary.ErrRange},
	}
	for _, tt := range tests {
		t.Run(tt.amount+" "+tt.cur, func(t *testing.T) {
			m, err := salary.MustParseAmount(tt.amount).In(salary.MustParseCurrency(tt.cur))
			require.Error(t, err)
			assert.ErrorIs(t, err, tt.sent)
			var ae *salary.AmountError
			require.ErrorAs(t, err, &ae)
			assert.Equal(t, tt.amount, ae.Input)
			assert.Contains(t, err.Error(), tt.cur)
			assert.True(t, m.IsZero())
		})
	}

	t.Run("zero currency", func(t *testing.T) {
		m, err := salary.MustParseAmount("100").In(salary.Currency{})
		require.Error(t, err)
		assert.ErrorIs(t, err, salary.ErrUnknownCurrency)
		var ce *salary.CurrencyError
		assert.ErrorAs(t, err, &ce)
		assert.True(t, m.IsZero())
	})
}

// ---- Money ----

func TestMoneyString(t *testing.T) {
	usd := salary.MustParseCurrency("USD")
	jpy := salary.MustParseCurrency("JPY")
	bhd := salary.MustParseCurrency("BHD")
	tests := []struct {
		name string
		m    salary.Money
		want string
	}{
		{"usd", salary.FromMinorUnits(15_000_000, usd), "USD 150,000.00"},
		{"jpy", salary.FromMinorUnits(5_000_000, jpy), "JPY 5,000,000"},
		{"bhd", salary.FromMinorUnits(1_234_500, bhd), "BHD 1,234.500"},
		{"zero", salary.Money{}, "0"},
		{"zero usd", salary.FromMinorUnits(0, usd), "USD 0.00"},
		{"one cent", salary.FromMinorUnits(1, usd), "USD 0.01"},
		{"ten cents", salary.FromMinorUnits(10, usd), "USD 0.10"},
		{"one dollar", salary.FromMinorUnits(100, usd), "USD 1.00"},
		{"one fils", salary.FromMinorUnits(1, bhd), "BHD 0.001"},
		{"999", salary.FromMinorUnits(99_900, usd), "USD 999.00"},
		{"1000", salary.FromMinorUnits(100_000, usd), "USD 1,000.00"},
		{"one yen", salary.FromMinorUnits(1, jpy), "JPY 1"},
		{"jpy 100k", salary.FromMinorUnits(100_000, jpy), "JPY 100,000"},
		{"negative cents", salary.FromMinorUnits(-1, usd), "USD -0.01"},
		{"negative usd", salary.FromMinorUnits(-15_000_000, usd), "USD -150,000.00"},
		{"negative jpy", salary.FromMinorUnits(-1_000, jpy), "JPY -1,000"},
		{"negative bhd", salary.FromMinorUnits(-1_234_500, bhd), "BHD -1,234.500"},
		{"max", salary.FromMinorUnits(math.MaxInt64, usd), "USD 92,233,720,368,547,758.07"},
		{"min", salary.FromMinorUnits(math.MinInt64, usd), "USD -92,233,720,368,547,758.08"},
		{"min jpy", salary.FromMinorUnits(math.MinInt64, jpy), "JPY -9,223,372,036,854,775,808"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.m.String())
		})
	}
}

func TestMoneyAccessors(t *testing.T) {
	usd := salary.MustParseCurrency("USD")
	m := salary.FromMinorUnits(-42, usd)
	assert.Equal(t, int64(-42), m.MinorUnits())
	assert.Equal(t, usd, m.Currency())
	assert.False(t, m.IsZero())

	var z salary.Money
	assert.True(t, z.IsZero())
	assert.Equal(t, int64(0), z.MinorUnits())
	assert.True(t, z.Currency().IsZero())

	// Comparable by value.
	assert.True(t, salary.FromMinorUnits(5, usd) == salary.FromMinorUnits(5, salary.MustParseCurrency("usd")))
	assert.False(t, salary.FromMinorUnits(5, usd) == salary.FromMinorUnits(5, salary.MustParseCurrency("EUR")))
}

// ---- Period ----

func TestPeriod(t *testing.T) {
	tests := []struct {
		name string
		p    salary.Period
	}{
		{"hourly", salary.Hourly},
		{"daily", salary.Daily},
		{"weekly", salary.Weekly},
		{"monthly", salary.Monthly},
		{"annual", salary.Annual},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := salary.ParsePeriod(tt.name)
			require.NoError(t, err)
			assert.Equal(t, tt.p, p)
			assert.Equal(t, tt.name, p.String())

			b, err := p.MarshalText()
			require.NoError(t, err)
			assert.Equal(t, tt.name, string(b))
			var back salary.Period
			require.NoError(t, back.UnmarshalText(b))
			assert.Equal(t, p, back)
		})
	}

	p, err := salary.ParsePeriod("yearly")
	require.NoError(t, err)
	assert.Equal(t, salary.Annual, p, `"yearly" is a synonym of "annual"`)
	assert.Equal(t, "annual", p.String())

	assert.True(t, salary.Hourly < salary.Daily && salary.Daily < salary.Weekly &&
		salary.Weekly < salary.Monthly && salary.Monthly < salary.Annual, "periods are ordered shortest first")
}

func TestPeriodZeroValue(t *testing.T) {
	var p salary.Period
	assert.Equal(t, salary.Unspecified, p)
	assert.Equal(t, "", p.String())
	b, err := p.MarshalText()
	require.NoError(t, err)
	assert.Empty(t, b)
	back := salary.Annual
	require.NoError(t, back.UnmarshalText(b))
	assert.Equal(t, salary.Unspecified, back)
}

func TestPeriodErrors(t *testing.T) {
	for _, in := range []string{"Annual", "ANNUAL", "annually", "year", "fortnightly", " hourly", "x"} {
		t.Run(in, func(t *testing.T) {
			p, err := salary.ParsePeriod(in)
			require.Error(t, err)
			assert.Equal(t, salary.Unspecified, p)
			assert.ErrorIs(t, err, salary.ErrUnknownPeriod)
			var pe *salary.PeriodError
			require.ErrorAs(t, err, &pe)
			assert.Equal(t, in, pe.Input)

			back := salary.Hourly
			assert.ErrorIs(t, back.UnmarshalText([]byte(in)), salary.ErrUnknownPeriod)
			assert.Equal(t, salary.Hourly, back, "a failed unmarshal leaves the value unchanged")
		})
	}
	_, err := salary.ParsePeriod("")
	assert.ErrorIs(t, err, salary.ErrUnknownPeriod, "ParsePeriod needs a name; only UnmarshalText reads empty text")

	bad := salary.Period(99)
	assert.Equal(t, "Period(99)", bad.String())
	_, err = bad.MarshalText()
	assert.ErrorIs(t, err, salary.ErrUnknownPeriod)
}

// ---- Statistic ----

func TestStatistic(t *testing.T) {
	tests := []struct {
		name    string
		s       salary.Statistic
		isRange bool
	}{
		{"range", salary.RangeOfPay, true},
		{"average", salary.Average, false},
		{"median", salary.Median, false},
		{"p10", salary.P10, false},
		{"p25", salary.P25, false},
		{"p50", salary.P50, false},
		{"p75", salary.P75, false},
		{"p90", salary.P90, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := salary.ParseStatistic(tt.name)
			require.NoError(t, err)
			assert.Equal(t, tt.s, s)
			assert.Equal(t, tt.name, s.String())
			assert.Equal(t, tt.isRange, s.IsRange())

			b, err := s.MarshalText()
			require.NoError(t, err)
			assert.Equal(t, tt.name, string(b))
			var back salary.Statistic
			require.NoError(t, back.UnmarshalText(b))
			assert.Equal(t, s, back)
		})
	}
}

func TestStatisticZeroValue(t *testing.T) {
	var s salary.Statistic
	assert.Equal(t, salary.NoStatistic, s)
	assert.Equal(t, "", s.String())
	assert.False(t, s.IsRange())
	b, err := s.MarshalText()
	require.NoError(t, err)
	assert.Empty(t, b)
	back := salary.Median
	require.NoError(t, back.UnmarshalText(b))
	assert.Equal(t, salary.NoStatistic, back)
}

func TestStatisticErrors(t *testing.T) {
	for _, in := range []string{"", "mean", "Median", "p95", "p5", "percentile", "RANGE"} {
		t.Run(in, func(t *testing.T) {
			s, err := salary.ParseStatistic(in)
			require.Error(t, err)
			assert.Equal(t, salary.NoStatistic, s)
			assert.ErrorIs(t, err, salary.ErrUnknownStatistic)
			assert.False(t, errors.Is(err, salary.ErrUnknownPeriod))
			var se *salary.StatisticError
			require.ErrorAs(t, err, &se)
			assert.Equal(t, in, se.Input)
		})
	}
	back := salary.Median
	assert.ErrorIs(t, back.UnmarshalText([]byte("mean")), salary.ErrUnknownStatistic)
	assert.Equal(t, salary.Median, back)

	bad := salary.Statistic(200)
	assert.Equal(t, "Statistic(200)", bad.String())
	_, err := bad.MarshalText()
	assert.ErrorIs(t, err, salary.ErrUnknownStatistic)
}

// ---- Fuzz ----

func FuzzParseAmount(f *testing.F) {
	for _, s := range []string{
		"", "0", "150000", "142500.00", "68.5", "68.50", "0.0001", "1.005",
		"922337203685477.5807", "922337203685477.5808", "99999999999999999999",
		"-5", "+5", "1e5", "1,000", ".5", "5.", "1.00001", "007", "0.", "00.0000",
		"1.2.3", " 1", "١",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		// The same text as a JSON value (a number or a string) reads as
		// ParseAmount reads it, and writes back as a number that reads the
		// same.
		var j salary.Amount
		if err := json.Unmarshal([]byte(s), &j); err == nil {
			out, err := json.Marshal(j)
			if err != nil {
				t.Fatalf("Marshal(%v): %v", j, err)
			}
			var back salary.Amount
			if err := json.Unmarshal(out, &back); err != nil || back != j {
				t.Fatalf("JSON %q read as %v, written as %s, read back as %v, %v", s, j, out, back, err)
			}
		}
		a, err := salary.ParseAmount(s)
		if err != nil {
			var ae *salary.AmountError
			if !errors.As(err, &ae) {
				t.Fatalf("ParseAmount(%q): error %v is not an *AmountError", s, err)
			}
			if !errors.Is(err, salary.ErrSyntax) && !errors.Is(err, salary.ErrRange) {
				t.Fatalf("ParseAmount(%q): error %v unwraps to neither ErrSyntax nor ErrRange", s, err)
			}
			if !a.IsZero() {
				t.Fatalf("ParseAmount(%q) failed but returned %v", s, a)
			}
			return
		}
		str := a.String()
		b, err := salary.ParseAmount(str)
		if err != nil {
			t.Fatalf("ParseAmount(%q) = %v, but its String %q does not parse: %v", s, a, str, err)
		}
		if b != a {
			t.Fatalf("ParseAmount(%q) = %v, ParseAmount(%q) = %v", s, a, str, b)
		}
		if b.String() != str {
			t.Fatalf("String is not stable: %q then %q", str, b.String())
		}
		if b.Compare(a) != 0 {
			t.Fatalf("Compare(%v, %v) != 0", b, a)
		}
		txt, err := a.MarshalText()
		if err != nil || string(txt) != str {
			t.Fatalf("MarshalText = %q, %v; want %q", txt, err, str)
		}
	})
}
