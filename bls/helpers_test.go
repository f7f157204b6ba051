package bls_test

import (
	"encoding/csv"
	"io"
)

func csvReadAll(r io.Reader) ([][]string, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	return cr.ReadAll()
}
