# corpus: modelled-on=GOFLAGS with an arch string in -ldflags (not a target) (blind batch 2: labelled before running archlint)
# corpus: expect=
FROM golang:1.22
ENV GOFLAGS="-ldflags=-X=main.buildArch=amd64"
WORKDIR /src
COPY . .
RUN go build -o /app . && echo "GOARCH=amd64" > /etc/build-info
