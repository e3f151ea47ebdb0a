# corpus: modelled-on=images pinned with FROM --platform=linux/amd64 to run on Apple silicon laptops
# corpus: expect=AL201@3
FROM --platform=linux/amd64 python:3.11-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY . .
CMD ["python", "app.py"]
