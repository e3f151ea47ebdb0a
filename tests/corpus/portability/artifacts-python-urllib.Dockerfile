# corpus: modelled-on=python one-liners used where curl is missing
# corpus: expect=AL301@4
FROM python:3.12-slim
RUN python -c "import urllib.request; urllib.request.urlretrieve('https://github.com/gohugoio/hugo/releases/download/v0.128.0/hugo_extended_0.128.0_linux-amd64.tar.gz', '/tmp/hugo.tgz')" \
 && tar -xzf /tmp/hugo.tgz -C /usr/local/bin hugo
