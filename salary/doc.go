// Package salary holds the value types for pay: ISO 4217 currencies, exact
// money in minor units, decimal amounts as catalogs write them, pay periods
// and the statistic a source reports.
//
// # Exactness
//
// Money is an integer count of a currency's minor units (cents, yen, fils)
// and never passes through float64, so sums and comparisons are exact to the
// unit. Amount is the decimal figure a catalog file states in major units
// (150000 or 68.50); Amount.In pairs it with a Currency and refuses figures
// more precise than the currency's minor unit.
//
// # Value types
//
// Every type here is an immutable, comparable value in the manner of
// net/netip: the zero value is documented and means "not given", parsing is
// by Parse functions that return typed errors (which unwrap to ErrSyntax,
// ErrRange, ErrUnknownCurrency, ErrUnknownPeriod or ErrUnknownStatistic), and
// text marshalling round-trips.
package salary
