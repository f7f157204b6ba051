module github.com/rolemodel/rolemodel/bench

go 1.26.0

require (
	github.com/rolemodel/rolemodel v0.0.0-00010101000000-000000000000
	github.com/stretchr/testify v1.12.1
	gonum.org/v1/gonum v0.17.0
)

require (
	go.yaml.in/yaml/v3 v3.0.6 // indirect
	golang.org/x/text v0.43.0 // indirect
)

replace github.com/rolemodel/rolemodel => ../
