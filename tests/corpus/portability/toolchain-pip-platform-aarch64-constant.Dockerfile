# corpus: modelled-on=Lambda-style packaging downloading aarch64 wheels
# corpus: expect=AL205@6
FROM python:3.12 AS pkg
WORKDIR /pkg
COPY requirements.txt .
RUN pip install --target /pkg/python --platform manylinux2014_aarch64 --only-binary=:all: -r requirements.txt
FROM python:3.12-slim
COPY --from=pkg /pkg/python /usr/local/lib/python3.12/site-packages
