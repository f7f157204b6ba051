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

var (
	usd = salary.MustParseCurrency("USD")
	eur = salary.MustParseCurrency("EUR")
	gbp = salary.MustParseCurrency("GBP")
	jpy = salary.MustParseCurrency("JPY")
	bhd = salary.MustParseCurrency("BHD")
)

func cents(n int64) salary.Money { return salary.FromMinorUnits(n, usd) }

func TestMoneyAddSub(t *testing.T) {
	tests := []struct {
		name     string
		x, y     salary.Money
		sum      salary.Money
		diff     salary.Money
		sumErr   error
		diffErr  error
		sumOnly  bool
		diffOnly bool
	}{
		{name: "cents", x: cents(15_000_000), y: cents(1), sum: cents(15_000_001), diff: cents(14_999_999)},
		{name: "negative result", x: cents(1), y: cents(3), sum: cents(4), diff: cents(-2)},
		{name: "negative operands", x: cents(-5), y: cents(-7), sum: cents(-12), diff: cents(2)},
		{name: "zero", x: cents(0), y: cents(0), sum: cents(0), diff: cents(0)},
		{name: "jpy", x: salary.FromMinorUnits(5_000_000, jpy), y: salary.FromMinorUnits(1, jpy),
			sum: salary.FromMinorUnits(5_000_001, jpy), diff: salary.FromMinorUnits(4_999_999, jpy)},
		{name: "bhd fils", x: salary.FromMinorUnits(1_005, bhd), y: salary.FromMinorUnits(995, bhd),
			sum: salary.FromMinorUnits(2_000, bhd), diff: salary.FromMinorUnits(10, bhd)},
		{name: "zero Money is zero of any currency", x: salary.Money{}, y: cents(5), sum: cents(5), diff: cents(-5)},
		{name: "zero Money on the right", x: cents(5), y: salary.Money{}, sum: cents(5), diff: cents(5)},
		{name: "max plus zero", x: cents(math.MaxInt64), y: cents(0), sum: cents(math.MaxInt64), diff: cents(math.MaxInt64)},
		{name: "max plus one", x: cents(math.MaxInt64), y: cents(1), sumErr: salary.ErrOverflow, diff: cents(math.MaxInt64 - 1)},
		{name: "min minus one", x: cents(math.MinInt64), y: cents(1), sum: cents(math.MinInt64 + 1), diffErr: salary.ErrOverflow},
		{name: "min plus min", x: cents(math.MinInt64), y: cents(math.MinInt64), sumErr: salary.ErrOverflow, diff: cents(0)},
		{name: "zero minus min", x: cents(0), y: cents(math.MinInt64), sum: cents(math.MinInt64), diffErr: salary.ErrOverflow},
		{name: "minus one minus min", x: cents(-1), y: cents(math.MinInt64), sumErr: salary.ErrOverflow, diff: cents(math.MaxInt64)},
		{name: "max minus minus one", x: cents(math.MaxInt64), y: cents(-1), sum: cents(math.MaxInt64 - 1), diffErr: salary.ErrOverflow},
		{name: "mixed", x: cents(1), y: salary.FromMinorUnits(1, eur), sumErr: salary.ErrCurrencyMismatch, diffErr: salary.ErrCurrencyMismatch},
		{name: "mixed zero amounts", x: cents(0), y: salary.FromMinorUnits(0, eur), sumErr: salary.ErrCurrencyMismatch, diffErr: salary.ErrCurrencyMismatch},
	}
	check := func(t *testing.T, op string, got salary.Money, err error, want salary.Money, wantErr error, x, y salary.Money) {
		t.Helper()
		if wantErr != nil {
			require.Error(t, err)
			assert.ErrorIs(t, err, wantErr)
			var me *salary.MoneyError
			require.ErrorAs(t, err, &me)
			assert.Equal(t, op, me.Op)
			assert.Equal(t, x, me.X)
			assert.Equal(t, y, me.Y)
			assert.True(t, strings.HasPrefix(err.Error(), "cannot "), err.Error())
			assert.Contains(t, err.Error(), x.String())
			assert.True(t, got.IsZero(), "a failed operation returns the zero Money")
			return
		}
		require.NoError(t, err)
		assert.Equal(t, want, got)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := tt.x.Add(tt.y)
			check(t, "add", s, err, tt.sum, tt.sumErr, tt.x, tt.y)
			d, err := tt.x.Sub(tt.y)
			check(t, "sub", d, err, tt.diff, tt.diffErr, tt.x, tt.y)
		})
	}
}

func TestMoneyNeg(t *testing.T) {
	for _, n := range []int64{0, 1, -1, 15_000_000, math.MaxInt64, math.MinInt64 + 1} {
		got, err := cents(n).Neg()
		require.NoError(t, err)
		assert.Equal(t, cents(-n), got)
	}
	_, err := cents(math.MinInt64).Neg()
	assert.ErrorIs(t, err, salary.ErrOverflow)
	var me *salary.MoneyError
	require.ErrorAs(t, err, &me)
	assert.Equal(t, "neg", me.Op)

	z, err := salary.Money{}.Neg()
	require.NoError(t, err)
	assert.True(t, z.IsZero())
}

func TestMoneyMulInt(t *testing.T) {
	tests := []struct {
		x    int64
		k    int64
		want int64
		err  error
	}{
		{6850, 2080, 14_248_000, nil}, // $68.50 × 2,080 hours = $142,480.00
		{15_000_000, 0, 0, nil},
		{0, math.MaxInt64, 0, nil},
		{-3, 4, -12, nil},
		{-3, -4, 12, nil},
		{3, -4, -12, nil},
		{math.MaxInt64, 1, math.MaxInt64, nil},
		{math.MaxInt64, -1, -math.MaxInt64, nil},
		{math.MinInt64, 1, math.MinInt64, nil},
		{math.MinInt64, -1, 0, salary.ErrOverflow},
		{-1, math.MinInt64, 0, salary.ErrOverflow},
		{1 << 62, 2, 0, salary.ErrOverflow},
		{-(1 << 62), 2, math.MinInt64, nil},
		{math.MaxInt64, 2, 0, salary.ErrOverflow},
		{math.MaxInt64, math.MaxInt64, 0, salary.ErrOverflow},
		{4_294_967_296, 4_294_967_296, 0, salary.ErrOverflow}, // 2^64
	}
	for _, tt := range tests {
		got, err := cents(tt.x).MulInt(tt.k)
		if tt.err != nil {
			assert.ErrorIs(t, err, tt.err, "%d × %d", tt.x, tt.k)
			var me *salary.MoneyError
			assert.ErrorAs(t, err, &me)
			continue
		}
		require.NoError(t, err, "%d × %d", tt.x, tt.k)
		assert.Equal(t, cents(tt.want), got, "%d × %d", tt.x, tt.k)
	}
}

func TestMoneyCompare(t *testing.T) {
	tests := []struct {
		x, y salary.Money
		want int
	}{
		{cents(1), cents(2), -1},
		{cents(2), cents(1), 1},
		{cents(2), cents(2), 0},
		{cents(math.MinInt64), cents(math.MaxInt64), -1},
		{cents(-1), salary.Money{}, -1},
		{salary.Money{}, cents(1), -1},
		{salary.Money{}, salary.Money{}, 0},
		{salary.FromMinorUnits(100, jpy), salary.FromMinorUnits(99, jpy), 1},
	}
	for _, tt := range tests {
		got, err := tt.x.Compare(tt.y)
		require.NoError(t, err)
		assert.Equal(t, tt.want, got, "%v vs %v", tt.x, tt.y)
		got, err = tt.x.Cmp(tt.y)
		require.NoError(t, err)
		assert.Equal(t, tt.want, got)
	}
	_, err := cents(1).Compare(salary.FromMinorUnits(1, gbp))
	assert.ErrorIs(t, err, salary.ErrCurrencyMismatch)
	assert.Equal(t, "cannot compare USD 0.01 with GBP 0.01: they are in different currencies, and no exchange rate is assumed", err.Error())
}

func TestMoneySign(t *testing.T) {
	assert.Equal(t, -1, cents(-5).Sign())
	assert.Equal(t, 0, cents(0).Sign())
	assert.Equal(t, 0, salary.Money{}.Sign())
	assert.Equal(t, 1, cents(5).Sign())
}

func TestMoneyShort(t *testing.T) {
	tests := []struct {
		m    salary.Money
		want string
	}{
		{cents(15_000_000), "$150,000"},
		{cents(6850), "$68.50"},
		{cents(6805), "$68.05"},
		{cents(1), "$0.01"},
		{cents(0), "$0"},
		{cents(-500), "-$5"},
		{cents(-1), "-$0.01"},
		{salary.FromMinorUnits(7_000_000, eur), "€70,000"},
		{salary.FromMinorUnits(6_000_050, gbp), "£60,000.50"},
		{salary.FromMinorUnits(5_000_000, jpy), "JPY 5,000,000"},
		{salary.FromMinorUnits(1_234_500, bhd), "BHD 1,234.500"},
		{salary.FromMinorUnits(1_234_000, bhd), "BHD 1,234"},
		{salary.FromMinorUnits(-1_500, bhd), "BHD -1.500"},
		{salary.FromMinorUnits(1, bhd), "BHD 0.001"},
		{cents(math.MaxInt64), "$92,233,720,368,547,758.07"},
		{cents(math.MinInt64), "-$92,233,720,368,547,758.08"},
		{salary.Money{}, "0"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.m.Short(), "%v", tt.m)
	}
}

func TestMoneyAmount(t *testing.T) {
	tests := []struct {
		m    salary.Money
		want string
	}{
		{cents(15_000_000), "150000"},
		{cents(6850), "68.5"},
		{salary.FromMinorUnits(5_000_000, jpy), "5000000"},
		{salary.FromMinorUnits(1_005, bhd), "1.005"},
		{cents(0), "0"},
		{salary.Money{}, "0"},
	}
	for _, tt := range tests {
		a, err := tt.m.Amount()
		require.NoError(t, err, "%v", tt.m)
		assert.Equal(t, tt.want, a.String())
		if !tt.m.IsZero() {
			back, err := a.In(tt.m.Currency())
			require.NoError(t, err)
			assert.Equal(t, tt.m, back, "Amount then In gives the money back")
		}
	}
	for _, m := range []salary.Money{cents(-1), cents(math.MaxInt64), salary.FromMinorUnits(math.MaxInt64, jpy)} {
		_, err := m.Amount()
		assert.ErrorIs(t, err, salary.ErrRange, "%v", m)
		var ae *salary.AmountError
		assert.ErrorAs(t, err, &ae)
	}
	_, err := salary.FromMinorUnits(5, salary.Currency{}).Amount()
	assert.ErrorIs(t, err, salary.ErrUnknownCurrency)
}

func TestMoneyMarshalTextErrors(t *testing.T) {
	_, err := salary.FromMinorUnits(5, salary.Currency{}).MarshalText()
	assert.ErrorIs(t, err, salary.ErrUnknownCurrency)

	b, err := salary.Money{}.MarshalText()
	require.NoError(t, err)
	assert.Equal(t, "0", string(b))

	m := cents(5)
	require.NoError(t, m.UnmarshalText(nil))
	assert.True(t, m.IsZero(), "empty text is the zero Money")

	m = cents(5)
	err = m.UnmarshalText([]byte("5 dollars"))
	require.Error(t, err)
	assert.True(t, errors.Is(err, salary.ErrSyntax) || errors.Is(err, salary.ErrUnknownCurrency))
	assert.Equal(t, cents(5), m, "a failed unmarshal leaves the value unchanged")
}
