# corpus: modelled-on=GOARCH text written to a script, not set (blind batch 3: labelled before running archlint)
# corpus: expect=
FROM golang:1.22
RUN echo 'GOARCH=amd64 go build -o /app .' > /usr/local/bin/build-amd64.sh && chmod +x /usr/local/bin/build-amd64.sh
