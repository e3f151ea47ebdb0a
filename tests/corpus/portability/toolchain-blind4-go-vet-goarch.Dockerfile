# corpus: modelled-on=GOARCH on go vet / go list only (blind batch 4: labelled before running archlint)
# corpus: expect=
FROM golang:1.22
WORKDIR /src
COPY . .
RUN GOARCH=amd64 go vet ./... && GOOS=linux GOARCH=amd64 go list -deps ./...
