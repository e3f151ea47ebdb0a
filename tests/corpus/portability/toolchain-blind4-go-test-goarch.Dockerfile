# corpus: modelled-on=race tests forced to amd64 in the image build (blind batch 4: labelled before running archlint)
# corpus: expect=AL204@6
FROM golang:1.22
WORKDIR /src
COPY . .
RUN GOARCH=amd64 CGO_ENABLED=1 go test -race ./...
