// Command roundtrip reads every case (a spec example or a probe) into the generated Go models and writes it back:
//
//	roundtrip cases.json results.json
//
// The models are looked up by spec and schema name in the registry the build writes next to this file.
package main

import (
	"encoding/json"
	"fmt"
	"os"
)

type testCase struct {
	ID     string          `json:"id"`
	Spec   string          `json:"spec"`
	Schema string          `json:"schema"`
	Array  bool            `json:"array"`
	Value  json.RawMessage `json:"value"`
}

type outcome struct {
	ID      string          `json:"id"`
	Read    bool            `json:"read"`
	Error   string          `json:"error,omitempty"`
	Written json.RawMessage `json:"written,omitempty"`
}

func roundTrip(c testCase) outcome {
	newModel, found := registry[c.Spec+"."+c.Schema]
	if !found {
		return outcome{ID: c.ID, Error: fmt.Sprintf("no model %s in the %s package", c.Schema, c.Spec)}
	}
	var written []byte
	var err error
	if c.Array {
		var items []json.RawMessage
		if err = json.Unmarshal(c.Value, &items); err == nil {
			models := make([]any, len(items))
			for i, item := range items {
				models[i] = newModel()
				if err = json.Unmarshal(item, models[i]); err != nil {
					break
				}
			}
			if err == nil {
				written, err = json.Marshal(models)
			}
		}
	} else {
		model := newModel()
		if err = json.Unmarshal(c.Value, model); err == nil {
			written, err = json.Marshal(model)
		}
	}
	if err != nil {
		return outcome{ID: c.ID, Error: err.Error()}
	}
	return outcome{ID: c.ID, Read: true, Written: written}
}

func main() {
	data, err := os.ReadFile(os.Args[1])
	if err != nil {
		panic(err)
	}
	var cases []testCase
	if err := json.Unmarshal(data, &cases); err != nil {
		panic(err)
	}
	outcomes := make([]outcome, len(cases))
	for i, c := range cases {
		outcomes[i] = roundTrip(c)
	}
	out, err := json.Marshal(outcomes)
	if err != nil {
		panic(err)
	}
	if err := os.WriteFile(os.Args[2], out, 0o644); err != nil {
		panic(err)
	}
}
