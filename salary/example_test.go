package salary_test

import (
	"errors"
	"fmt"

	"github.com/rolemodel/rolemodel/salary"
)

func ExampleParseAmount() {
	a, err := salary.ParseAmount("68.50")
	if err != nil {
		panic(err)
	}
	fmt.Println(a)

	_, err = salary.ParseAmount("-5")
	fmt.Println(errors.Is(err, salary.ErrRange))
	// Output:
	// 68.5
	// true
}

func ExampleAmount_In() {
	usd := salary.MustParseCurrency("USD")
	m, err := salary.MustParseAmount("150000").In(usd)
	if err != nil {
		panic(err)
	}
	fmt.Println(m, m.MinorUnits())

	_, err = salary.MustParseAmount("5.5").In(salary.MustParseCurrency("JPY"))
	fmt.Println(errors.Is(err, salary.ErrRange))
	// Output:
	// USD 150,000.00 15000000
	// true
}
