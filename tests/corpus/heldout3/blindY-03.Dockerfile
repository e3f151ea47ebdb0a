# corpus: modelled-on=oi-taa/App install_chrome.sh + pi-Radian/screenshot-gen drivers/install_chrome.sh, ported to a UBI9/dnf python image
# corpus: expect=AL301@9,AL302@10,AL301@15
FROM registry.access.redhat.com/ubi9/python-311:latest

USER 0
ARG CHROME_FOR_TESTING=126.0.6478.126

# Google Chrome from the direct-download rpm
RUN curl -fsSLo /tmp/google-chrome-stable_current_x86_64.rpm https://dl.google.com/linux/direct/google-chrome-stable_current_x86_64.rpm \
 && dnf install -y /tmp/google-chrome-stable_current_x86_64.rpm \
 && dnf clean all \
 && rm -f /tmp/*.rpm

# matching chromedriver from the Chrome for Testing bucket
RUN curl -fsSLo /tmp/chromedriver.zip "https://storage.googleapis.com/chrome-for-testing-public/${CHROME_FOR_TESTING}/linux64/chromedriver-linux64.zip" \
 && python3 -m zipfile -e /tmp/chromedriver.zip /tmp/ \
 && install -m 0755 /tmp/chromedriver-linux64/chromedriver /usr/local/bin/chromedriver \
 && rm -rf /tmp/chromedriver*

USER 1001
WORKDIR /opt/app-root/src
COPY --chown=1001:0 requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY --chown=1001:0 . .
ENV SE_CHROMEDRIVER=/usr/local/bin/chromedriver
CMD ["python", "-m", "pytest", "tests/e2e", "-q"]
